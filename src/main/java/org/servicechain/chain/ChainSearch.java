package org.servicechain.chain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.servicechain.search.SearchHit;
import org.servicechain.search.SearchQuery;
import org.servicechain.search.SearchResult;
import org.servicechain.search.SearchSource;
import org.servicechain.search.TextMatch;
import org.servicechain.search.TypoTolerance;

/**
 * Parties and contacts found by name, description, role, email or phone (REC-2). Only
 * staff find them, as only staff open the party and contact pages
 * ({@link ChainAccessPolicy#canRead()}); portal users see their own party through their
 * portal, which search does not need to lead to.
 */
@Configuration(proxyBeanMethods = false)
class ChainSearch {

	@Bean
	SearchSource partySearch(EntityManager entityManager, ChainAccessPolicy policy, TypoTolerance typoTolerance) {
		return new SearchSource() {

			@Override
			public String kind() {
				return "party";
			}

			@Override
			public String label() {
				return "Parties";
			}

			@Override
			public int order() {
				return 30;
			}

			@Override
			public SearchResult search(SearchQuery query) {
				if (!policy.canRead()) {
					return SearchResult.none();
				}
				SearchSession session = Search.session(entityManager);
				String[] text = { "name", "description" };
				List<TextMatch.Typo> typos = typoTolerance.of(session, Party.class, query.text(), text,
						(f) -> f.matchAll());
				var result = session.search(Party.class)
					.select((f) -> f.composite(
							(party, score, highlights) -> new SearchHit("party", party.getId(),
									party.getKind().name().toLowerCase(Locale.ROOT), party.getName(),
									"/parties/" + party.getId(), highlights, score),
							f.entity(), f.score(),
							f.composite(TextMatch::joined, f.highlight("name"), f.highlight("description"))))
					.where((f) -> TextMatch.matching(f, query.text(), typos, text))
					.highlighter(TextMatch::highlighter)
					.totalHitCountThreshold(SearchResult.COUNTED_UP_TO)
					.fetch(query.offset(), query.limit());
				return SearchResult.of(result.hits(), result.total());
			}

		};
	}

	@Bean
	SearchSource contactSearch(EntityManager entityManager, ChainAccessPolicy policy, Parties parties,
			TypoTolerance typoTolerance) {
		return new SearchSource() {

			@Override
			public String kind() {
				return "contact";
			}

			@Override
			public String label() {
				return "Contacts";
			}

			@Override
			public int order() {
				return 40;
			}

			@Override
			public SearchResult search(SearchQuery query) {
				if (!policy.canRead()) {
					return SearchResult.none();
				}
				SearchSession session = Search.session(entityManager);
				String[] text = { "name", "jobRole", "email" };
				List<TextMatch.Typo> typos = typoTolerance.of(session, Contact.class, query.text(), text,
						(f) -> f.matchAll());
				var result = session.search(Contact.class)
					.select((f) -> f.composite((contact, score, highlights) -> new Found(contact, score, highlights),
							f.entity(), f.score(),
							f.composite(TextMatch::joined, f.highlight("name"), f.highlight("jobRole"),
									f.highlight("email"))))
					.where((f) -> {
						var any = f.bool()
							.should(TextMatch.matching(f, query.text(), typos, text))
							.should(f.match().field("phone").matching(query.text()));
						// A number or postcode as people say it ("0161 496 0101", "m3
						// 3hn") finds the one kept in its single form.
						kept(ContactFields::phone, query.text())
							.ifPresent((phone) -> any.should(f.match().field("phone").matching(phone).boost(10f)));
						kept(ContactFields::postcode, query.text()).ifPresent(
								(postcode) -> any.should(f.match().field("postcode").matching(postcode).boost(10f)));
						return any;
					})
					.highlighter(TextMatch::highlighter)
					.totalHitCountThreshold(SearchResult.COUNTED_UP_TO)
					.fetch(query.offset(), query.limit());
				Map<UUID, String> names = parties
					.findAllById(
							result.hits().stream().map((found) -> found.contact().getPartyId()).distinct().toList())
					.stream()
					.collect(Collectors.toMap(Party::getId, Party::getName));
				List<SearchHit> hits = result.hits()
					.stream()
					.map((found) -> new SearchHit("contact", found.contact().getId(),
							names.get(found.contact().getPartyId()), found.contact().getName(),
							"/contacts/" + found.contact().getId(), found.highlights(), found.score()))
					.toList();
				return SearchResult.of(hits, result.total());
			}

		};
	}

	private record Found(Contact contact, float score, List<String> highlights) {

	}

	private static java.util.Optional<String> kept(java.util.function.BiFunction<String, String, @Nullable String> form,
			String text) {
		try {
			return java.util.Optional.ofNullable(form.apply("q", text));
		}
		catch (org.servicechain.shared.InvalidInputException ex) {
			return java.util.Optional.empty();
		}
	}

}

package org.servicechain.chain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.servicechain.search.SearchHit;
import org.servicechain.search.SearchQuery;
import org.servicechain.search.SearchResult;
import org.servicechain.search.SearchSource;
import org.servicechain.search.TextMatch;

/**
 * Parties and contacts found by name, description, role, email or phone (REC-2). Only
 * staff find them, as only staff open the party and contact pages
 * ({@link ChainAccessPolicy#canRead()}); portal users see their own party through their
 * portal, which search does not need to lead to.
 */
@Configuration(proxyBeanMethods = false)
class ChainSearch {

	@Bean
	SearchSource partySearch(EntityManager entityManager, ChainAccessPolicy policy) {
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
				var result = Search.session(entityManager)
					.search(Party.class)
					.select((f) -> f.composite(
							(party, score, highlights) -> new SearchHit("party", party.getId(),
									party.getKind().name().toLowerCase(Locale.ROOT), party.getName(),
									"/parties/" + party.getId(), highlights, score),
							f.entity(), f.score(),
							f.composite(TextMatch::joined, f.highlight("name"), f.highlight("description"))))
					.where((f) -> TextMatch.matching(f, query.text(), "name", "description"))
					.highlighter(TextMatch::highlighter)
					.fetch(query.offset(), query.limit());
				return new SearchResult(result.hits(), result.total().hitCount());
			}

		};
	}

	@Bean
	SearchSource contactSearch(EntityManager entityManager, ChainAccessPolicy policy, Parties parties) {
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
				var result = Search.session(entityManager)
					.search(Contact.class)
					.select((f) -> f.composite((contact, score, highlights) -> new Found(contact, score, highlights),
							f.entity(), f.score(),
							f.composite(TextMatch::joined, f.highlight("name"), f.highlight("jobRole"),
									f.highlight("email"))))
					.where((f) -> {
						var any = f.bool()
							.should(TextMatch.matching(f, query.text(), "name", "jobRole", "email"))
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
				return new SearchResult(hits, result.total().hitCount());
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

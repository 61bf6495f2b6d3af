package org.servicechain.search;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import org.servicechain.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class SiteSearchUnitTests {

	private final SiteSearch search = new SiteSearch(List.of(new Fixed("request", 10, 25_000, false, 0.9f),
			new Fixed("party", 30, 3, true, 0.5f), new Fixed("contact", 40, 0, true, 0f)));

	@BeforeEach
	void signIn() {
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(mock(CurrentUser.class), null, List.of()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aKindCountedOnlyUpToTheLimitSaysSoAndKindsWithoutHitsAreLeftOut() {
		List<SiteSearch.Group> groups = this.search.overview("parcel", 5);
		assertThat(groups).extracting((group) -> group.kind().code()).containsExactly("request", "party");
		assertThat(groups.get(0).total()).isEqualTo(SearchResult.COUNTED_UP_TO);
		assertThat(groups.get(0).exact()).isFalse();
		assertThat(groups.get(1).exact()).isTrue();
	}

	@Test
	void aPageAcrossKindsIsExactOnlyWhenEveryKindsCountIs() {
		SearchPage all = this.search.page("parcel", null, 0, 4);
		assertThat(all.totalItems()).isEqualTo(SearchResult.COUNTED_UP_TO + 3);
		assertThat(all.totalExact()).isFalse();
		assertThat(all.items()).extracting(SearchHit::kind).containsExactly("request", "request", "request", "request");
		SearchPage parties = this.search.page("parcel", "party", 0, 20);
		assertThat(parties.totalItems()).isEqualTo(3);
		assertThat(parties.totalExact()).isTrue();
	}

	/**
	 * A source that finds {@code total} records, counting them exactly only when told.
	 */
	private record Fixed(String kind, int order, long total, boolean exact, float score) implements SearchSource {

		@Override
		public String label() {
			return this.kind + "s";
		}

		@Override
		public SearchResult search(SearchQuery query) {
			long counted = this.exact ? this.total : Math.min(this.total, SearchResult.COUNTED_UP_TO);
			List<SearchHit> hits = java.util.stream.LongStream
				.range(query.offset(), Math.min(counted, query.offset() + query.limit()))
				.mapToObj((i) -> new SearchHit(this.kind, UUID.randomUUID(), null, this.kind + " " + i, "/" + i,
						List.of(), this.score))
				.toList();
			return new SearchResult(hits, counted, this.exact || this.total <= SearchResult.COUNTED_UP_TO);
		}

	}

}

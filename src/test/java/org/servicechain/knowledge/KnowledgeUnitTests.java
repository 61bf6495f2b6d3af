package org.servicechain.knowledge;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;
import org.servicechain.shared.Markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The pure parts of the knowledge base: an article's Markdown renders to HTML with
 * whatever HTML its writer typed escaped and unsafe links dropped; the field rules name
 * the field and the rule; the "more like this" words leave out stop words.
 */
class KnowledgeUnitTests {

	@Test
	void markdownRendersAndRawHtmlIsEscaped() {
		String html = Markdown.toHtml("""
				# Refunds

				1. Check the **payment**
				2. <script>alert('x')</script> and <b onclick="steal()">bold</b>

				[bad](javascript:alert(1)) [good](https://example.org/help)
				""");
		assertThat(html).contains("<h1>Refunds</h1>").contains("<ol>").contains("<strong>payment</strong>");
		assertThat(html).doesNotContain("<script>").doesNotContain("<b onclick").contains("&lt;script&gt;");
		assertThat(html).doesNotContain("javascript:").contains("href=\"https://example.org/help\"");
	}

	@Test
	void everyMissingFieldIsNamedWithItsRule() {
		List<FieldViolation> violations = KnowledgeValidation
			.violations(new ArticleDraft(" ", null, null, null, null, null, null));
		assertThat(violations).extracting(FieldViolation::field)
			.containsExactly("title", "body", "kind", "audience", "reviewOn");
		assertThat(violations).extracting(FieldViolation::rule).containsOnly("required");
	}

	@Test
	void tooLongTextBreaksTheSizeRule() {
		ArticleDraft draft = new ArticleDraft("t".repeat(201), "b".repeat(20001), ArticleKind.PROCEDURE,
				ArticleAudience.STAFF, null, LocalDate.of(2027, 1, 1), null);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> KnowledgeValidation.check(draft))
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting(FieldViolation::field, FieldViolation::rule)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("title", "size"),
						org.assertj.core.groups.Tuple.tuple("body", "size")));
	}

	@Test
	void aValidDraftPasses() {
		KnowledgeValidation.check(new ArticleDraft("Refunds", "Five to ten days.", ArticleKind.KNOWN_SOLUTION,
				ArticleAudience.PUBLISHED, null, LocalDate.of(2027, 1, 1), null));
	}

	@Test
	void moreLikeThisKeepsTheWordsThatMatter() {
		assertThat(KnowledgeSearch.terms("The parcel was marked as DELIVERED, but I have not received it!"))
			.containsExactly("parcel", "marked", "delivered", "received");
		assertThat(KnowledgeSearch.terms("word ".repeat(5)
				+ String.join(" ", java.util.stream.IntStream.range(0, 50).mapToObj((i) -> "w" + i).toList())))
			.hasSize(KnowledgeSearch.MAX_TERMS)
			.startsWith("word", "w0");
	}

	@Test
	void anArticlePastItsReviewDateIsOverdue() {
		Article article = new Article(new Article.Fields("T", "B", ArticleKind.PROCEDURE, ArticleAudience.STAFF,
				"maria", "Maria", LocalDate.of(2026, 6, 1), null, null), java.time.Instant.EPOCH);
		assertThat(article.reviewOverdue(LocalDate.of(2026, 6, 1))).isFalse();
		assertThat(article.reviewOverdue(LocalDate.of(2026, 6, 2))).isTrue();
		assertThat(article.getCurrentNumber()).isEqualTo(1);
	}

}

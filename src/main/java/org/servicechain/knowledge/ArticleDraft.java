package org.servicechain.knowledge;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An article as its writer gives it, for a new article or a new version: checked by the
 * facade, which names the field and the rule of anything wrong.
 *
 * @param owner the login of the member of staff who keeps it right; the writer when blank
 * @param serviceId the chain service it is about, if any
 */
public record ArticleDraft(@Nullable String title, @Nullable String body, @Nullable ArticleKind kind,
		@Nullable ArticleAudience audience, @Nullable String owner, @Nullable LocalDate reviewOn,
		@Nullable UUID serviceId) {

}

package org.servicechain.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.NotFoundException;

/**
 * The one place that decides who reads and writes knowledge articles (REC-3, REC-4); the
 * pages, the API, the header search, the suggestions beside a request and the counts all
 * ask it.
 * <ul>
 * <li>Staff (administrators, managers, agents, internal team members) read every
 * article.</li>
 * <li>Customers and partner users read only PUBLISHED articles, in their portal; a staff
 * only article answers "not found", and they never see an owner's login name.</li>
 * <li>Administrators, managers and agents write articles; only administrators and
 * managers publish: an agent may neither make an article PUBLISHED nor edit one that is,
 * since that text goes out to customers and partners.</li>
 * <li>Any member of staff who may open a request links an article to it.</li>
 * </ul>
 */
@Component
public class KnowledgeAccessPolicy {

	CurrentUser caller() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	/**
	 * @return the audiences whose articles the user reads; empty when none
	 */
	List<ArticleAudience> readable(CurrentUser user) {
		if (user.isStaff()) {
			return List.of(ArticleAudience.values());
		}
		if (user.hasRole(Role.CUSTOMER, Role.PARTNER)) {
			return List.of(ArticleAudience.PUBLISHED);
		}
		return List.of();
	}

	boolean canRead(CurrentUser user, ArticleAudience audience) {
		return readable(user).contains(audience);
	}

	void requireRead(CurrentUser user, Article article) {
		if (!canRead(user, article.getAudience())) {
			throw new NotFoundException("Article", article.getId());
		}
	}

	public boolean canWrite() {
		return CurrentUser.get().map(KnowledgeAccessPolicy::writer).orElse(false);
	}

	public boolean canPublish() {
		return CurrentUser.get().map(KnowledgeAccessPolicy::publisher).orElse(false);
	}

	/**
	 * @param existing the article edited, {@literal null} for a new one
	 * @param audience the audience asked for
	 */
	CurrentUser requireWrite(@Nullable Article existing, @Nullable ArticleAudience audience) {
		CurrentUser user = caller();
		if (existing != null) {
			requireRead(user, existing);
		}
		if (!writer(user)) {
			throw new AccessDeniedException("Only administrators, managers and agents write knowledge articles");
		}
		boolean publishing = audience == ArticleAudience.PUBLISHED || (existing != null && existing.published());
		if (publishing && !publisher(user)) {
			throw new AccessDeniedException(
					"Only administrators and managers publish articles to the portals or edit published ones");
		}
		return user;
	}

	boolean canLink(CurrentUser user) {
		return user.isStaff();
	}

	CurrentUser requireLink() {
		CurrentUser user = caller();
		if (!canLink(user)) {
			throw new AccessDeniedException("Only staff link articles to requests");
		}
		return user;
	}

	/**
	 * @return whether the user sees the owner's login and who linked an article (staff)
	 */
	boolean seesStaffDetails(CurrentUser user) {
		return user.isStaff();
	}

	private static boolean writer(CurrentUser user) {
		return user.hasRole(Role.ADMIN, Role.MANAGER, Role.AGENT);
	}

	private static boolean publisher(CurrentUser user) {
		return user.hasRole(Role.ADMIN, Role.MANAGER);
	}

}

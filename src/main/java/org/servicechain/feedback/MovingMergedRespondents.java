package org.servicechain.feedback;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.servicechain.chain.PartiesMerged;

/**
 * When a duplicate customer party is merged (REC-1), its survey invitations with their
 * answers, its comments and its relationship-survey invitations become the survivor's,
 * inside the merge's transaction (a plain listener), so a failure moves none. An opt-out
 * from surveys is kept for the survivor: the person asked not to be surveyed.
 */
@Component
class MovingMergedRespondents {

	private final EntityManager entityManager;

	MovingMergedRespondents(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@EventListener
	void on(PartiesMerged merged) {
		this.entityManager.flush();
		update("update survey_invitation set customer_id = :into where customer_id = :from", merged);
		update("update feedback_comment set customer_id = :into where customer_id = :from", merged);
		update("update feedback_comment set party_id = :into where party_id = :from", merged);
		update("update relationship_invitation set party_id = :into where party_id = :from", merged);
		update("update survey_opt_out set customer_id = :into where customer_id = :from"
				+ " and not exists (select 1 from survey_opt_out o where o.customer_id = :into)", merged);
		update("delete from survey_opt_out where customer_id = :from", merged);
	}

	private void update(String sql, PartiesMerged merged) {
		var query = this.entityManager.createNativeQuery(sql).setParameter("from", merged.from());
		if (sql.contains(":into")) {
			query.setParameter("into", merged.into());
		}
		query.executeUpdate();
	}

}

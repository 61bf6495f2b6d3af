package org.servicechain.improvement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit pages (FB-7): a manager designs a checklist from the form (a bad one comes
 * back with the field marked), schedules an overdue audit that the list flags and counts,
 * records results and a finding on the audit page and completes it; a stale form answers
 * 409; a team member reads their team's completed audit without the forms; partners and
 * customers are refused.
 */
@IntegrationTest
class AuditWebTests {

	@Autowired
	TestClient.Clients clients;

	@Test
	void aManagerDesignsSchedulesAndConductsAnAuditFromThePages() {
		TestClient api = this.clients.api(Role.MANAGER);
		ChainApiFixtures chain = new ChainApiFixtures(api);
		Named team = chain.internalTeam("Front desk");
		TestClient manager = this.clients.session(Role.MANAGER, null);
		assertThat(manager.get("/improvement/templates/new").body()).contains("Design a checklist");

		Map<String, String> form = new HashMap<>();
		form.put("name", " ");
		form.put("subjectKind", "TEAM");
		form.put("kind", "MYSTERY_SHOPPING");
		form.put("items[0].question", "Greets the caller");
		form.put("items[0].weight", "zero");
		TestClient.Response refused = manager.postForm("/improvement/templates", form);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("The checklist was not saved")
			.contains("Name the checklist")
			.contains("A whole number from 1 to 100");

		String name = "Desk shop " + UUID.randomUUID().toString().substring(0, 6);
		form.put("name", name);
		form.put("items[0].weight", "2");
		form.put("items[1].question", "Offers a next step");
		form.put("items[1].weight", "1");
		assertThat(manager.postForm("/improvement/templates", form).status()).isEqualTo(302);
		assertThat(manager.get("/improvement/templates").body()).contains(name);
		String templateId = api.items("/api/v1/audit-templates")
			.stream()
			.filter((t) -> t.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();

		assertThat(manager.get("/improvement/audits/new").body()).contains("Schedule an audit");
		Map<String, String> schedule = new HashMap<>(Map.of("templateId", templateId, "subjectPartyId",
				team.id().toString(), "auditor", "", "dueOn", LocalDate.now().minusDays(1).toString()));
		TestClient.Response missing = manager.postForm("/improvement/audits", schedule);
		assertThat(missing.body()).contains("The audit was not scheduled").contains("Choose the auditor");
		schedule.put("auditor", "admin");
		TestClient.Response scheduled = manager.postForm("/improvement/audits", schedule);
		assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(302);
		String page = scheduled.header("Location");
		String html = manager.get(page).body();
		assertThat(html).contains("Overdue").contains("Save and complete");
		assertThat(manager.get("/improvement/audits?overdue=true").body()).contains("audit-overdue")
			.contains("overdue-card");

		assertThat(manager.get("/").body()).contains("/improvement/audits/attention");
		assertThat(manager.get("/improvement/audits/attention").body()).contains("overdue");
		String id = page.substring(page.lastIndexOf('/') + 1);
		long version = api.get("/api/v1/audits/" + id).json().get("version").asLong();
		TestClient.Response saved = manager.postForm(page + "/results",
				Map.of("version", String.valueOf(version), "result-1", "MET", "note-1", "Warm", "result-2", "NOT_MET"));
		assertThat(saved.status()).isEqualTo(302);
		TestClient.Response stale = manager.postForm(page + "/results",
				Map.of("version", String.valueOf(version), "result-1", "PARTLY"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone else changed this record");
		long current = api.get("/api/v1/audits/" + id).json().get("version").asLong();
		TestClient.Response finding = manager.postForm(page + "/findings", Map.of("version", String.valueOf(current),
				"itemPosition", "2", "severity", "MINOR", "text", "No next step offered"));
		assertThat(finding.status()).isEqualTo(302);
		current = api.get("/api/v1/audits/" + id).json().get("version").asLong();
		TestClient.Response completed = manager.postForm(page + "/results", Map.of("version", String.valueOf(current),
				"result-1", "MET", "result-2", "NOT_MET", "then", "complete"));
		assertThat(completed.status()).isEqualTo(302);
		html = manager.get(page).body();
		assertThat(html).contains("66.7%").contains("No next step offered").contains("Raise an action");
		assertThat(manager.get(page + "/findings/1/action").body()).contains("Raise an improvement action")
			.contains("finding 1");
		assertThat(manager.get("/improvement/audits/subjects/" + team.id()).body()).contains("66.7%");

		// A team member of the audited team reads it, without the forms.
		TestClient member = this.clients.session(Role.TEAM_MEMBER, team.id());
		String read = member.get(page).body();
		assertThat(read).contains("66.7%").doesNotContain("Save results").doesNotContain("Raise an action");
		assertThat(member.get(page + "/findings/1/action").status()).isEqualTo(403);
		assertThat(member.get("/improvement/audits/new").status()).isEqualTo(403);
		for (Role outsider : List.of(Role.PARTNER, Role.CUSTOMER)) {
			TestClient client = this.clients.session(outsider, team.id());
			assertThat(client.get("/improvement/audits").status()).isEqualTo(403);
			assertThat(client.get(page).status()).isIn(403, 404);
		}
	}

}

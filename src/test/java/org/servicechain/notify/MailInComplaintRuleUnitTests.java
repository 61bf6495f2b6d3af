package org.servicechain.notify;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule that makes a new mail a complaint rather than a request.
 */
class MailInComplaintRuleUnitTests {

	private final MailInComplaintRule rule = new MailInComplaintRule("Complaints@Shop.example", "Complaint:");

	@Test
	void aMailToTheComplaintsAddressIsAComplaintWhateverItsCase() {
		assertThat(this.rule.why(List.of("desk@shop.example", "complaints@shop.example"), "Broken fridge"))
			.hasValueSatisfying((why) -> assertThat(why).contains("complaints address"));
		assertThat(this.rule.why(List.of("desk@shop.example"), "Broken fridge")).isEmpty();
		assertThat(this.rule.why(List.of("other-complaints@shop.example"), "Broken fridge")).isEmpty();
	}

	@Test
	void aSubjectStartingWithTheKeywordIsAComplaintAndLosesTheKeywordInItsSummary() {
		assertThat(this.rule.why(List.of(), "  complaint: late sofa"))
			.hasValueSatisfying((why) -> assertThat(why).contains("Complaint:"));
		assertThat(this.rule.summary("COMPLAINT:   late sofa")).contains("late sofa");
		assertThat(this.rule.summary("Complaint:")).isEmpty();
		// Only at the start: a reply or a mention is not one.
		assertThat(this.rule.why(List.of(), "Re: Complaint: late sofa")).isEmpty();
		assertThat(this.rule.why(List.of(), "My complaint: late sofa")).isEmpty();
		assertThat(this.rule.summary("Late sofa")).contains("Late sofa");
	}

	@Test
	void eitherPartSwitchesOffWhenEmpty() {
		MailInComplaintRule none = new MailInComplaintRule(null, " ");
		assertThat(none.why(List.of("complaints@shop.example"), "Complaint: late sofa")).isEmpty();
		assertThat(none.summary("Complaint: late sofa")).contains("Complaint: late sofa");
		MailInComplaintRule addressOnly = new MailInComplaintRule("complaints@shop.example", "");
		assertThat(addressOnly.why(List.of(), "Complaint: late sofa")).isEmpty();
		assertThat(addressOnly.why(List.of("complaints@shop.example"), "anything")).isPresent();
	}

}

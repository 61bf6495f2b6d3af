package org.servicechain.chain;

import org.junit.jupiter.api.Test;

import org.servicechain.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactFieldsUnitTests {

	@Test
	void phonesBecomeE164WithUkAsTheDefaultRegion() {
		assertThat(ContactFields.phone("phone", "0161 496 0123")).isEqualTo("+441614960123");
		assertThat(ContactFields.phone("phone", "+44 (0)161 496 0123")).isEqualTo("+441614960123");
		assertThat(ContactFields.phone("phone", " +44 161 496 0999 ")).isEqualTo("+441614960999");
		assertThat(ContactFields.phone("phone", "07911 123456")).isEqualTo("+447911123456");
		assertThat(ContactFields.phone("phone", "+33 1 42 68 53 00")).isEqualTo("+33142685300");
		assertThat(ContactFields.phone("phone", "  ")).isNull();
		assertThat(ContactFields.phone("phone", null)).isNull();
	}

	@Test
	void theDemoOrganisationsNumbersAreValid() {
		for (int i = 100; i < 1000; i += 37) {
			assertThat(ContactFields.phone("phone", "+44 161 496 0" + i)).isEqualTo("+441614960" + i);
		}
	}

	@Test
	void wrongPhonesAreRefusedNamingFieldAndRule() {
		for (String wrong : new String[] { "12345", "0161 496", "call me", "+44 161 496 01234567", "+999 1234" }) {
			assertThatThrownBy(() -> ContactFields.phone("phone", wrong)).isInstanceOf(InvalidInputException.class)
				.satisfies((ex) -> assertThat(((InvalidInputException) ex).getViolations()).singleElement()
					.satisfies((v) -> {
						assertThat(v.field()).isEqualTo("phone");
						assertThat(v.rule()).isEqualTo("phone");
					}));
		}
	}

	@Test
	void mailAddressesAreCheckedAndTheirDomainLowerCased() {
		assertThat(ContactFields.email("email", " Ada.Lovelace@Example.CO.UK "))
			.isEqualTo("Ada.Lovelace@example.co.uk");
		assertThat(ContactFields.email("email", "o'brien+crm@mail.example.org"))
			.isEqualTo("o'brien+crm@mail.example.org");
		assertThat(ContactFields.email("email", "")).isNull();
		for (String wrong : new String[] { "ada", "ada@", "@example.org", "ada@example", "ada lovelace@example.org",
				"ada@@example.org", "ada..l@example.org", ".ada@example.org", "ada@-example.org",
				"ada@example.org." }) {
			assertThatThrownBy(() -> ContactFields.email("email", wrong)).as(wrong)
				.isInstanceOf(InvalidInputException.class)
				.satisfies((ex) -> assertThat(((InvalidInputException) ex).getViolations().get(0).rule())
					.isEqualTo("email"));
		}
	}

	@Test
	void phonesAreShownAsPeopleReadThem() {
		assertThat(ContactFields.displayPhone("+441614960123")).isEqualTo("+44 161 496 0123");
	}

}

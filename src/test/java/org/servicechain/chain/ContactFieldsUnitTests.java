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

	@Test
	void ukPostcodesAreKeptInCapitalsWithOneSpace() {
		assertThat(ContactFields.postcode("postcode", "m1 1ae")).isEqualTo("M1 1AE");
		assertThat(ContactFields.postcode("postcode", " SW1A2AA ")).isEqualTo("SW1A 2AA");
		assertThat(ContactFields.postcode("postcode", "ec1a  1bb")).isEqualTo("EC1A 1BB");
		assertThat(ContactFields.postcode("postcode", "W1A 0AX")).isEqualTo("W1A 0AX");
		assertThat(ContactFields.postcode("postcode", "B33 8TH")).isEqualTo("B33 8TH");
		assertThat(ContactFields.postcode("postcode", "CR2 6XH")).isEqualTo("CR2 6XH");
		assertThat(ContactFields.postcode("postcode", "DN55 1PT")).isEqualTo("DN55 1PT");
		assertThat(ContactFields.postcode("postcode", "GIR 0AA")).isEqualTo("GIR 0AA");
		assertThat(ContactFields.postcode("postcode", "")).isNull();
		assertThat(ContactFields.postcode("postcode", null)).isNull();
	}

	@Test
	void wrongPostcodesAreRefusedNamingFieldAndRule() {
		// Q, V and X never start a postcode; C, I, K, M, O and V never end one; the
		// inward part is a digit and two letters.
		for (String wrong : new String[] { "M1", "QA1 1AA", "M1 1AC", "M1 1IA", "12345", "M1 AAE", "SW1A 2AAA", "75008",
				"not known" }) {
			assertThatThrownBy(() -> ContactFields.postcode("postcode", wrong)).as(wrong)
				.isInstanceOf(InvalidInputException.class)
				.satisfies((ex) -> assertThat(((InvalidInputException) ex).getViolations()).singleElement()
					.satisfies((v) -> {
						assertThat(v.field()).isEqualTo("postcode");
						assertThat(v.rule()).isEqualTo("postcode");
					}));
		}
	}

}

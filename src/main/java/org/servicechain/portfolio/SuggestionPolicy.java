package org.servicechain.portfolio;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which criteria a kind of record usually evidences (REP-3): a simple, documented mapping
 * from record kind, plus what the record says about itself (an internal or external
 * customer, a partner who declined, an agreement stating benefits to both sides, …). It
 * only suggests: the practitioner decides what a piece shows and says why, and the
 * assessor judges it. The table is repeated in docs/architecture.md.
 * <table>
 * <tr>
 * <th>record</th>
 * <th>always</th>
 * <th>when</th>
 * </tr>
 * <tr>
 * <td>request handled</td>
 * <td>B10 1.2, 2.3, 3.1</td>
 * <td>internal customer: B9 1.4, 1.6, 328 7.1, 8.1, 8.2, 8.3, CFACSB9 P4, P6; external:
 * B10 1.1, 2.4, CFACSB9 P4</td>
 * </tr>
 * <tr>
 * <td>chain task handed over</td>
 * <td>B9 1.3, 1.5, 2.1, CFACSB9 P3, P7, P8</td>
 * <td>declined by the partner: B9 E5b, B10 2.2; completed: B9 E5a</td>
 * </tr>
 * <tr>
 * <td>agreement negotiated</td>
 * <td>B9 2.3, 2.4, E4, CFACSB9 P10, P11</td>
 * <td>internal counterpart (OLA): 328 4.3, 7.2, 7.3, 7.4; a conflict rule: B9 2.6,
 * CFACSB9 P13; benefits to us: B9 E7a; to the partner: B9 E7b; rights and
 * responsibilities: B9 3.1</td>
 * </tr>
 * <tr>
 * <td>complaint handled</td>
 * <td>328 9.1a, 9.1b, E2, E6, B10 2.5, E4b, E5a, CFACSB9 P14</td>
 * <td>referred: 328 9.1c, E5; internal: 328 E3</td>
 * </tr>
 * <tr>
 * <td>feedback recorded</td>
 * <td>B10 2.5, E5b, 328 10.1</td>
 * <td>a suggestion: 328 E9</td>
 * </tr>
 * <tr>
 * <td>decision on repeated feedback</td>
 * <td>B10 2.6, 4.5, 328 10.2</td>
 * <td></td>
 * </tr>
 * <tr>
 * <td>improvement action</td>
 * <td>B10 2.7, 2.8, 328 10.3, E7, B9 1.5</td>
 * <td>measured by survey scores (feedback asked for): B10 E5c</td>
 * </tr>
 * <tr>
 * <td>relationship log entry</td>
 * <td>B9 2.1, CFACSB9 P8</td>
 * <td>a cooperative partner: B9 E5a; an uncooperative one: B9 E5b; a new supplier: B9
 * E6b; a regular or long-term one: B9 E6a; an internal team: B9 1.5, CFACSB9 P7</td>
 * </tr>
 * <tr>
 * <td>1:1 minutes</td>
 * <td>328 E10, 328 E4</td>
 * <td></td>
 * </tr>
 * <tr>
 * <td>meeting action taken</td>
 * <td>328 E4</td>
 * <td>in a partner review: B9 1.5, B9 2.5, CFACSB9 P7, P12; in a 1:1: 328 E10, E13; done:
 * B10 E5a</td>
 * </tr>
 * <tr>
 * <td>feedback asked for (survey answer)</td>
 * <td>B10 2.5, B10 E5c, 328 E8</td>
 * <td>internal customer: 328 10.1, 328 6.1</td>
 * </tr>
 * </table>
 */
final class SuggestionPolicy {

	/**
	 * What a record says about itself that changes what it evidences.
	 */
	enum Fact {

		INTERNAL_CUSTOMER, EXTERNAL_CUSTOMER, DECLINED, COMPLETED, CONFLICT_RULE, BENEFITS_US, BENEFITS_PARTNER,
		RIGHTS_AND_RESPONSIBILITIES, REFERRED, SUGGESTION, SURVEY_METRIC, COOPERATIVE, UNCOOPERATIVE, NEW_SUPPLIER,
		REGULAR_SUPPLIER, INTERNAL_PARTNER, PARTNER_REVIEW, ONE_TO_ONE

	}

	private static final Map<EvidenceSource, List<String>> ALWAYS = new EnumMap<>(EvidenceSource.class);

	private static final Map<EvidenceSource, Map<Fact, List<String>>> WHEN = new EnumMap<>(EvidenceSource.class);

	static {
		ALWAYS.put(EvidenceSource.REQUEST, List.of("B10 1.2", "B10 2.3", "B10 3.1"));
		when(EvidenceSource.REQUEST, Fact.INTERNAL_CUSTOMER, "B9 1.4", "B9 1.6", "328 7.1", "328 8.1", "328 8.2",
				"328 8.3", "CFACSB9 P4", "CFACSB9 P6");
		when(EvidenceSource.REQUEST, Fact.EXTERNAL_CUSTOMER, "B10 1.1", "B10 2.4", "CFACSB9 P4");
		ALWAYS.put(EvidenceSource.CHAIN_TASK,
				List.of("B9 1.3", "B9 1.5", "B9 2.1", "CFACSB9 P3", "CFACSB9 P7", "CFACSB9 P8"));
		when(EvidenceSource.CHAIN_TASK, Fact.DECLINED, "B9 E5b", "B10 2.2");
		when(EvidenceSource.CHAIN_TASK, Fact.COMPLETED, "B9 E5a");
		ALWAYS.put(EvidenceSource.AGREEMENT, List.of("B9 2.3", "B9 2.4", "B9 E4", "CFACSB9 P10", "CFACSB9 P11"));
		when(EvidenceSource.AGREEMENT, Fact.INTERNAL_CUSTOMER, "328 4.3", "328 7.2", "328 7.3", "328 7.4");
		when(EvidenceSource.AGREEMENT, Fact.CONFLICT_RULE, "B9 2.6", "CFACSB9 P13");
		when(EvidenceSource.AGREEMENT, Fact.BENEFITS_US, "B9 E7a");
		when(EvidenceSource.AGREEMENT, Fact.BENEFITS_PARTNER, "B9 E7b");
		when(EvidenceSource.AGREEMENT, Fact.RIGHTS_AND_RESPONSIBILITIES, "B9 3.1");
		ALWAYS.put(EvidenceSource.COMPLAINT,
				List.of("328 9.1a", "328 9.1b", "328 E2", "328 E6", "B10 2.5", "B10 E4b", "B10 E5a", "CFACSB9 P14"));
		when(EvidenceSource.COMPLAINT, Fact.REFERRED, "328 9.1c", "328 E5");
		when(EvidenceSource.COMPLAINT, Fact.INTERNAL_CUSTOMER, "328 E3");
		ALWAYS.put(EvidenceSource.FEEDBACK, List.of("B10 2.5", "B10 E5b", "328 10.1"));
		when(EvidenceSource.FEEDBACK, Fact.SUGGESTION, "328 E9");
		ALWAYS.put(EvidenceSource.THEME_DECISION, List.of("B10 2.6", "B10 4.5", "328 10.2"));
		ALWAYS.put(EvidenceSource.IMPROVEMENT_ACTION, List.of("B10 2.7", "B10 2.8", "328 10.3", "328 E7", "B9 1.5"));
		when(EvidenceSource.IMPROVEMENT_ACTION, Fact.SURVEY_METRIC, "B10 E5c");
		ALWAYS.put(EvidenceSource.RELATIONSHIP_ENTRY, List.of("B9 2.1", "CFACSB9 P8"));
		when(EvidenceSource.RELATIONSHIP_ENTRY, Fact.COOPERATIVE, "B9 E5a");
		when(EvidenceSource.RELATIONSHIP_ENTRY, Fact.UNCOOPERATIVE, "B9 E5b");
		when(EvidenceSource.RELATIONSHIP_ENTRY, Fact.NEW_SUPPLIER, "B9 E6b");
		when(EvidenceSource.RELATIONSHIP_ENTRY, Fact.REGULAR_SUPPLIER, "B9 E6a");
		when(EvidenceSource.RELATIONSHIP_ENTRY, Fact.INTERNAL_PARTNER, "B9 1.5", "CFACSB9 P7");
		ALWAYS.put(EvidenceSource.ONE_TO_ONE, List.of("328 E10", "328 E4"));
		ALWAYS.put(EvidenceSource.MEETING_ACTION, List.of("328 E4"));
		when(EvidenceSource.MEETING_ACTION, Fact.PARTNER_REVIEW, "B9 1.5", "B9 2.5", "CFACSB9 P7", "CFACSB9 P12");
		when(EvidenceSource.MEETING_ACTION, Fact.ONE_TO_ONE, "328 E10", "328 E13");
		when(EvidenceSource.MEETING_ACTION, Fact.COMPLETED, "B10 E5a");
		ALWAYS.put(EvidenceSource.SURVEY_ANSWER, List.of("B10 2.5", "B10 E5c", "328 E8"));
		when(EvidenceSource.SURVEY_ANSWER, Fact.INTERNAL_CUSTOMER, "328 10.1", "328 6.1");
	}

	private SuggestionPolicy() {
	}

	private static void when(EvidenceSource kind, Fact fact, String... codes) {
		WHEN.computeIfAbsent(kind, (k) -> new EnumMap<>(Fact.class)).put(fact, List.of(codes));
	}

	/**
	 * @return the criteria codes a record of the kind with the facts usually evidences,
	 * without repeats, in the table's order
	 */
	static List<String> criteriaFor(EvidenceSource kind, Set<Fact> facts) {
		Set<String> codes = new LinkedHashSet<>(ALWAYS.getOrDefault(kind, List.of()));
		Map<Fact, List<String>> conditional = WHEN.getOrDefault(kind, Map.of());
		for (Fact fact : Fact.values()) {
			if (facts.contains(fact)) {
				codes.addAll(conditional.getOrDefault(fact, List.of()));
			}
		}
		return new ArrayList<>(codes);
	}

	/**
	 * @return every code the table names, for checking it against the catalogue
	 */
	static Set<String> allCodes() {
		Set<String> codes = new LinkedHashSet<>();
		ALWAYS.values().forEach(codes::addAll);
		WHEN.values().forEach((byFact) -> byFact.values().forEach(codes::addAll));
		return codes;
	}

}

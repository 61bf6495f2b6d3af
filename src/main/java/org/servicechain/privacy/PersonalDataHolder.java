package org.servicechain.privacy;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a module that holds personal data contributes (the provider pattern of STYLE G3).
 * The privacy module calls every holder, in one transaction, as the system or as an
 * administrator; a holder reads and changes only its own records.
 */
public interface PersonalDataHolder {

	/**
	 * @return the name of the module's section in an export ("chain", "requests")
	 */
	String area();

	/**
	 * @return the person's name, email addresses and phone numbers as this module knows
	 * them, so other modules can find them in free text
	 */
	default Set<String> identifiers(DataSubject subject) {
		return Set.of();
	}

	/**
	 * @return everything the module holds about the person, as JSON-ready maps, lists and
	 * values; {@literal null} when it holds nothing
	 */
	@Nullable Object export(DataSubject subject, Set<String> identifiers);

	/**
	 * Replaces the person's data with the pseudonym and keeps the facts the service
	 * history needs (dates, statuses, services, clocks, scores). Never deletes a record.
	 * @return one line per kind of change, saying what was replaced and what was kept
	 */
	List<String> pseudonymise(DataSubject subject, Set<String> identifiers, String pseudonym);

	/**
	 * @return the kinds of record this module keeps under retention rules, with their
	 * default retention
	 */
	default Map<String, Period> retentionKinds() {
		return Map.of();
	}

	/**
	 * Anonymises the personal data in records of the kind that ended before the cutoff.
	 * @return how many records were anonymised
	 */
	default int anonymiseBefore(String kind, Instant cutoff) {
		return 0;
	}

}

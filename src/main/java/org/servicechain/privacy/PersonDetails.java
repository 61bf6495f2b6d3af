package org.servicechain.privacy;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What is recorded about a person for data protection and the Equality Act: the lawful
 * basis with a note, consent (when, from where, and its withdrawal), communication needs
 * (large print, an interpreter, a relay service), reasonable adjustments and preferred
 * contact times.
 */
public record PersonDetails(@Nullable LawfulBasis lawfulBasis, @Nullable @Size(max = 1000) String basisNote,
		@Nullable LocalDate consentGivenOn, @Nullable @Size(max = 200) String consentSource,
		@Nullable LocalDate consentWithdrawnOn, @Nullable @Size(max = 1000) String communicationNeeds,
		@Nullable @Size(max = 1000) String adjustments, @Nullable @Size(max = 200) String contactTimes) {

	public static PersonDetails none() {
		return new PersonDetails(null, null, null, null, null, null, null, null);
	}

}

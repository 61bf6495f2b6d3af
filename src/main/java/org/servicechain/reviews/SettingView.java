package org.servicechain.reviews;

import java.util.UUID;

import org.servicechain.agreements.AgreementKind;

/**
 * A measure's weight, threshold and whether it is critical, for one kind of agreement.
 */
public record SettingView(UUID id, long version, AgreementKind agreementKind, ScorecardMeasure measure, int weight,
		double threshold, boolean critical) {

}

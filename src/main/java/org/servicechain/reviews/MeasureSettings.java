package org.servicechain.reviews;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import org.servicechain.agreements.AgreementKind;

interface MeasureSettings extends JpaRepository<MeasureSetting, UUID> {

	List<MeasureSetting> findByAgreementKindOrderByMeasure(AgreementKind kind);

}

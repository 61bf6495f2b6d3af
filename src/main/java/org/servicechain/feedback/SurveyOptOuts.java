package org.servicechain.feedback;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyOptOuts extends JpaRepository<SurveyOptOut, UUID> {

}

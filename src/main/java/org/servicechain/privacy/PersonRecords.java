package org.servicechain.privacy;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRecords extends JpaRepository<PersonRecord, UUID> {

}

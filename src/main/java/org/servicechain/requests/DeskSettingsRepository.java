package org.servicechain.requests;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeskSettingsRepository extends JpaRepository<DeskSettings, UUID> {

}

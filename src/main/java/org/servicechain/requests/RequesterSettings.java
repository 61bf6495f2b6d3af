package org.servicechain.requests;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequesterSettings extends JpaRepository<RequesterSetting, UUID> {

}

package org.servicechain.workforce;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContingencyProcedures extends JpaRepository<ContingencyProcedure, UUID> {

}

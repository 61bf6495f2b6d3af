package org.servicechain;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries are executable (STYLE G3): no module reaches into another's
 * internals, and the dependencies each module declares are the only ones it has.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Servicechain.class);

	@Test
	void verifiesModuleStructure() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}

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

	/**
	 * Writes the diagrams and canvases, but not the module metadata file that
	 * {@code writeDocumentation()} also puts into {@code target/classes}: at runtime
	 * Modulith prefers that file to scanning, so a stale one from before a module was
	 * added made Flyway skip the new module's migrations. Without it, the application
	 * always finds its modules itself.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
	}

}

package org.servicechain.agreements.feasibility;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The feasibility check stays pure (AGREE-4): plain Java over plain values, with business
 * calendars as its only dependency in Servicechain. No Spring, no persistence, no I/O.
 */
class FeasibilityArchitectureUnitTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.servicechain.agreements.feasibility");

	@Test
	void dependsOnlyOnTheJdkJSpecifyAndBusinessCalendars() {
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java.lang..", "java.time..", "java.util..", "org.jspecify.annotations..",
					"org.servicechain.calendar..", "org.servicechain.agreements.feasibility..")
			.check(CLASSES);
	}

}

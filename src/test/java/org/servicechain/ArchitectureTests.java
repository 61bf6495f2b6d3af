package org.servicechain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules the module structure alone does not catch (STYLE G3).
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.servicechain");

	@Test
	void calendarChainAnalysisAndFeasibilityDoNotDependOnSpring() {
		noClasses().that()
			.resideInAnyPackage("org.servicechain.calendar..", "org.servicechain.chain.analysis..",
					"org.servicechain.agreements.feasibility..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..")
			.check(CLASSES);
	}

	@Test
	void domainPoliciesDoNotDependOnSpring() {
		// Access policies are the exception: they read the signed-in user from Spring
		// Security.
		noClasses().that()
			.haveSimpleNameEndingWith("Policy")
			.and()
			.haveSimpleNameNotEndingWith("AccessPolicy")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
	}

	@Test
	void entitiesAreNotPublicUnlessAValue() {
		classes().that()
			.areAnnotatedWith(jakarta.persistence.Entity.class)
			.should()
			.notBePublic()
			.because("aggregates are reached through their module's facade, never directly")
			.check(CLASSES);
	}

	@Test
	void moduleRootsDoNotUseTheirWebOrApiLayers() {
		noClasses().that()
			.resideInAnyPackage("org.servicechain.*")
			.and()
			.resideOutsideOfPackage("org.servicechain.web")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.servicechain..web..", "org.servicechain..api..")
			.check(CLASSES);
	}

}

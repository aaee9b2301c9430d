package io.custodian.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The hexagon: adapters depend on the domain, never the reverse; no adapter depends on another. */
class HexagonArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                // production classes of every module, whether built in this reactor or taken from a jar
                .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
                .importPackages("io.custodian");
    }

    @Test
    void dependencies_point_inward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy("io.custodian.domain..")
                .layer("persistence").definedBy("io.custodian.persistence..")
                .layer("web").definedBy("io.custodian.web..")
                .layer("server").definedBy("io.custodian.server..")
                .whereLayer("server").mayNotBeAccessedByAnyLayer()
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("server")
                .whereLayer("web").mayOnlyBeAccessedByLayers("server")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("persistence", "web", "server")
                .check(production);
    }

    @Test
    void domain_uses_no_framework() {
        classes().that().resideInAPackage("io.custodian.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "io.custodian.domain..")
                .check(production);
    }

    @Test
    void jooq_stays_in_the_persistence_adapter() {
        noClasses().that().resideOutsideOfPackage("io.custodian.persistence..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .check(production);
    }

    @Test
    void helidon_stays_in_the_web_adapter_and_the_server() {
        noClasses().that().resideInAnyPackage("io.custodian.domain..", "io.custodian.persistence..")
                .should().dependOnClassesThat().resideInAPackage("io.helidon..")
                .check(production);
    }
}

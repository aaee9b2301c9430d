package io.custodian.domain.identity;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Identity sits above access and audit: they never depend on it; its ports are interfaces. */
class IdentityArchitectureTest {

    private static final ImportOption MAIN_CLASSES_ONLY = location -> !location.contains("/test-classes/");
    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(MAIN_CLASSES_ONLY)
            .importPackages("io.custodian.domain");

    @Test
    void access_and_audit_do_not_depend_on_identity() {
        noClasses().that().resideInAnyPackage("io.custodian.domain.access..", "io.custodian.domain.audit..")
                .should().dependOnClassesThat().resideInAPackage("io.custodian.domain.identity..")
                .check(DOMAIN);
    }

    @Test
    void identity_in_ports_and_out_ports_are_interfaces() {
        classes().that().resideInAPackage("io.custodian.domain.identity..")
                .and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces()
                .check(DOMAIN);
        classes().that().haveFullyQualifiedName(PasswordHasher.class.getName())
                .or().haveFullyQualifiedName(StaffCredentials.class.getName())
                .or().haveFullyQualifiedName(StaffSessions.class.getName())
                .or().haveFullyQualifiedName(LoginAttempts.class.getName())
                .should().beInterfaces()
                .check(DOMAIN);
    }

    @Test
    void identity_never_reads_the_clock_or_randomness_on_its_own() {
        noClasses().that().resideInAPackage("io.custodian.domain.identity..")
                .should().callConstructor(java.security.SecureRandom.class)
                .orShould().callMethod(java.security.SecureRandom.class, "getInstanceStrong")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .check(DOMAIN);
    }
}

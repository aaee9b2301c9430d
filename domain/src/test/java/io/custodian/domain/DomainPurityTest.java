package io.custodian.domain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain is pure Java: it depends on the JDK and itself only, and never reads the time on its own — services
 * take an {@code InstantSource}, model methods take the instant. Checked on the main classes of the whole module.
 */
class DomainPurityTest {

    /** Main classes only, whatever the build directory is called ({@code target}, {@code target-d2}, ...). */
    private static final ImportOption MAIN_CLASSES_ONLY = location -> !location.contains("/test-classes/");

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(MAIN_CLASSES_ONLY)
            .importPackages("io.custodian.domain");

    @Test
    void the_rules_see_the_main_classes_and_not_the_test_classes() {
        assertThat(DOMAIN.contain("io.custodian.domain.access.AccessPolicy")).isTrue();
        assertThat(DOMAIN.contain("io.custodian.domain.audit.AuditChain")).isTrue();
        assertThat(DOMAIN.contain("io.custodian.domain.audit.InMemoryAuditTrail")).isFalse();
        assertThat(DOMAIN.contain(DomainPurityTest.class)).isFalse();
    }

    @Test
    void domain_classes_depend_only_on_the_jdk_and_the_domain() {
        ArchRule rule = classes().that().resideInAPackage("io.custodian.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..",
                        // JDK cryptography (javax.crypto.Mac for HMAC, Cipher for AES-GCM), allowed in the domain
                        "javax.crypto..",
                        "io.custodian.domain..")
                .because("the domain has zero runtime dependencies: adapters depend on it, never the reverse");
        rule.check(DOMAIN);
    }

    @Test
    void domain_classes_never_read_the_clock_on_their_own() {
        ArchRule rule = noClasses().that().resideInAPackage("io.custodian.domain..")
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time is passed in: services take an InstantSource, model methods an Instant");
        rule.check(DOMAIN);
    }

    @Test
    void domain_classes_neither_log_nor_read_configuration() {
        ArchRule rule = noClasses().that().resideInAPackage("io.custodian.domain..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.System$Logger")
                .orShould().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class, String.class)
                .because("only the server reads configuration, and the domain does not log");
        rule.check(DOMAIN);
    }

    @Test
    void access_audit_receipt_and_location_have_no_dependency_cycle() {
        JavaClasses mine = new ClassFileImporter().withImportOption(MAIN_CLASSES_ONLY).importPackages(
                "io.custodian.domain.access", "io.custodian.domain.audit", "io.custodian.domain.receipt",
                "io.custodian.domain.location");

        slices().matching("io.custodian.domain.(*)..").should().beFreeOfCycles().check(mine);
    }
}

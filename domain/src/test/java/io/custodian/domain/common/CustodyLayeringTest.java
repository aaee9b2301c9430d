package io.custodian.domain.common;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of the data-custody packages: {@code datamap} at the bottom, then {@code tenant}, then
 * {@code retention}, then {@code support}, {@code deletion} and {@code appdata}; the whole domain free of package cycles; in-ports
 * and out-ports are interfaces. (Purity and the no-{@code now()} rule are checked for the whole module by
 * {@code io.custodian.domain.DomainPurityTest}.)
 */
class CustodyLayeringTest {

    private static final ImportOption MAIN_CLASSES_ONLY = location -> !location.contains("/test-classes/");
    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(MAIN_CLASSES_ONLY)
            .importPackages("io.custodian.domain");

    @Test
    void the_domain_packages_have_no_dependency_cycle() {
        slices().matching("io.custodian.domain.(*)..").should().beFreeOfCycles().check(DOMAIN);
    }

    @Test
    void the_data_map_depends_on_nothing_else_in_the_domain() {
        ArchRule rule = noClasses().that().resideInAPackage("io.custodian.domain.datamap..")
                .should().dependOnClassesThat().resideInAnyPackage("io.custodian.domain.tenant..",
                        "io.custodian.domain.retention..", "io.custodian.domain.deletion..",
                        "io.custodian.domain.support..", "io.custodian.domain.access..", "io.custodian.domain.audit..",
                        "io.custodian.domain.receipt..", "io.custodian.domain.location..");
        rule.check(DOMAIN);
    }

    @Test
    void the_tenant_lifecycle_does_not_depend_on_retention_support_or_deletion() {
        noClasses().that().resideInAPackage("io.custodian.domain.tenant..")
                .should().dependOnClassesThat().resideInAnyPackage("io.custodian.domain.retention..",
                        "io.custodian.domain.support..", "io.custodian.domain.deletion..")
                .check(DOMAIN);
    }

    @Test
    void retention_does_not_depend_on_support_or_deletion() {
        noClasses().that().resideInAPackage("io.custodian.domain.retention..")
                .should().dependOnClassesThat().resideInAnyPackage("io.custodian.domain.support..",
                        "io.custodian.domain.deletion..")
                .check(DOMAIN);
    }

    @Test
    void retention_and_the_layers_below_do_not_depend_on_app_data() {
        noClasses().that().resideInAnyPackage("io.custodian.domain.datamap..", "io.custodian.domain.tenant..",
                        "io.custodian.domain.retention..")
                .should().dependOnClassesThat().resideInAPackage("io.custodian.domain.appdata..")
                .check(DOMAIN);
    }

    @Test
    void use_cases_and_out_ports_are_interfaces() {
        classes().that().resideInAnyPackage("io.custodian.domain.tenant..", "io.custodian.domain.retention..",
                        "io.custodian.domain.deletion..", "io.custodian.domain.support..", "io.custodian.domain.common..",
                        "io.custodian.domain.appdata..")
                .and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces()
                .check(DOMAIN);
        classes().that().haveSimpleName("TenantStore").or().haveSimpleName("SecretCipher")
                .or().haveSimpleName("Inventory").or().haveSimpleName("OperationItems")
                .or().haveSimpleName("ExpiredItems").or().haveSimpleName("ItemContents")
                .or().haveSimpleName("ReceiptArchive")
                .or().haveSimpleName("DeletionRequests").or().haveSimpleName("TicketSink")
                .or().haveSimpleName("Transactions")
                .should().beInterfaces()
                .check(DOMAIN);
    }
}

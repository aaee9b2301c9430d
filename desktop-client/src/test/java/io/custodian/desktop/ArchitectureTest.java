package io.custodian.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The MVVM and boundary rules of the desktop client, checked on the production classes. */
@AnalyzeClasses(packages = "io.custodian.desktop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule view_models_do_not_touch_the_scene_graph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
            .because("view models hold state and intents; only views build and touch nodes");

    @ArchTest
    static final ArchRule the_api_client_knows_nothing_of_javafx = noClasses()
            .that().resideInAPackage("io.custodian.desktop.api..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the HTTP client is plain Java and usable from any thread");

    @ArchTest
    static final ArchRule the_client_depends_on_no_other_custodian_module = noClasses()
            .that().resideInAPackage("io.custodian.desktop..")
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "Custodian classes outside io.custodian.desktop",
                    javaClass -> javaClass.getPackageName().startsWith("io.custodian.")
                            && !javaClass.getPackageName().startsWith("io.custodian.desktop")))
            .because("the desktop client speaks the server's HTTP JSON with its own records");
}

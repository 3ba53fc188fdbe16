package dev.mpuworkbench.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point down (ARCHITECTURE.md): checked on the compiled classes of every module. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mpuworkbench");
    }

    @Test
    void coreModelKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("dev.mpuworkbench.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.mpuworkbench.devicetree..",
                "dev.mpuworkbench.emulator..", "dev.mpuworkbench.app..", "dev.mpuworkbench.samples..",
                "dev.mpuworkbench.icons..", "org.controlsfx..", "org.fxmisc..")
            .check(classes);
    }

    @Test
    void genericDeviceTreeCodeDoesNotKnowTheDesign() {
        noClasses().that().resideInAPackage("dev.mpuworkbench.devicetree..")
            .and().resideOutsideOfPackages("dev.mpuworkbench.devicetree.binding..", "dev.mpuworkbench.devicetree.export..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.mpuworkbench.core..")
            .allowEmptyShould(true)
            .check(classes);
    }

    @Test
    void deviceTreeCodeDoesNotReachUp() {
        noClasses().that().resideInAPackage("dev.mpuworkbench.devicetree..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.mpuworkbench.emulator..",
                "dev.mpuworkbench.app..")
            .allowEmptyShould(true)
            .check(classes);
    }

    @Test
    void emulatorDoesNotReachUp() {
        noClasses().that().resideInAPackage("dev.mpuworkbench.emulator..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.mpuworkbench.app..")
            .allowEmptyShould(true)
            .check(classes);
    }

    @Test
    void resourceModulesStandAlone() {
        noClasses().that().resideInAnyPackage("dev.mpuworkbench.samples..", "dev.mpuworkbench.icons..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.mpuworkbench.core..",
                "dev.mpuworkbench.devicetree..", "dev.mpuworkbench.emulator..", "dev.mpuworkbench.app..")
            .allowEmptyShould(true)
            .check(classes);
    }

    @Test
    void headlessCommandsNeverTouchJavaFx() {
        noClasses().that().resideInAnyPackage("dev.mpuworkbench.app.cli..", "dev.mpuworkbench.app.service..")
            .or().haveFullyQualifiedName("dev.mpuworkbench.app.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..",
                "dev.mpuworkbench.app.gui..")
            .check(classes);
    }
}

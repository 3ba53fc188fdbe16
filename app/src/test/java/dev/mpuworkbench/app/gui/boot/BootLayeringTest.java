package dev.mpuworkbench.app.gui.boot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boot view-model holds the logic without the scene graph; the views only show it. */
class BootLayeringTest {
    private static final JavaClasses BOOT = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.mpuworkbench.app.gui.boot");

    @Test
    void theViewModelKnowsNoControlsScenesOrViews() {
        noClasses().that().resideInAPackage("dev.mpuworkbench.app.gui.boot.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..",
                "dev.mpuworkbench.app.gui.boot", "dev.mpuworkbench.app.gui.map..")
            .check(BOOT);
    }

    @Test
    void theViewsNeverTouchTheSessionDirectly() {
        noClasses().that().resideInAPackage("dev.mpuworkbench.app.gui.boot")
            .should().dependOnClassesThat().haveFullyQualifiedName("dev.mpuworkbench.emulator.session.BootSession")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.mpuworkbench.app.gui.boot.model.BootRunner")
            .check(BOOT);
    }
}

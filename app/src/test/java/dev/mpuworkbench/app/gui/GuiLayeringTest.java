package dev.mpuworkbench.app.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** View-models hold state and logic without the scene graph; views only bind to them. */
class GuiLayeringTest {
    private static final JavaClasses GUI = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.mpuworkbench.app.gui");

    @Test
    void viewModelsKnowNoControlsScenesOrStages() {
        noClasses().that().resideInAPackage("dev.mpuworkbench.app.gui.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..",
                "dev.mpuworkbench.app.gui.map..", "dev.mpuworkbench.app.gui.outline..",
                "dev.mpuworkbench.app.gui.properties..", "dev.mpuworkbench.app.gui.problems..",
                "dev.mpuworkbench.app.gui.actions..")
            .check(GUI);
    }

    @Test
    void viewsDoNotReachIntoEachOther() {
        noClasses().that().resideInAnyPackage("dev.mpuworkbench.app.gui.outline..", "dev.mpuworkbench.app.gui.properties..",
                "dev.mpuworkbench.app.gui.problems..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.mpuworkbench.app.gui.map..",
                "dev.mpuworkbench.app.gui.actions..")
            .check(GUI);
    }
}

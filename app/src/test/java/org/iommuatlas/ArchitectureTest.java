package org.iommuatlas;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine is the truth and the view only shows it: the packages that compute addresses must
 * never reach for JavaFX or the UI, so they stay testable and usable from the command line.
 */
class ArchitectureTest {
    static final String[] ENGINE = {
        "org.iommuatlas.model..", "org.iommuatlas.format..", "org.iommuatlas.guest..",
        "org.iommuatlas.analysis..", "org.iommuatlas.scenario..", "org.iommuatlas.picture..",
        "org.iommuatlas.cli..", "org.iommuatlas.report..",
        "org.iommuatlas.trace..", "org.iommuatlas.lesson.."
    };

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.iommuatlas");
    }

    @Test
    void engineDoesNotUseJavaFx() {
        noClasses().that().resideInAnyPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .check(classes);
    }

    @Test
    void engineDoesNotUseTheUserInterface() {
        noClasses().that().resideInAnyPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("org.iommuatlas.ui..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingElseInTheProject() {
        noClasses().that().resideInAPackage("org.iommuatlas.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.iommuatlas.format..", "org.iommuatlas.guest..", "org.iommuatlas.analysis..",
                        "org.iommuatlas.scenario..", "org.iommuatlas.picture..", "org.iommuatlas.cli..",
                        "org.iommuatlas.ui..")
                .check(classes);
    }

    @Test
    void parsersDoNotDependOnAnalysisOrPictures() {
        noClasses().that().resideInAPackage("org.iommuatlas.format..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.iommuatlas.analysis..", "org.iommuatlas.picture..", "org.iommuatlas.cli..")
                .check(classes);
    }
}

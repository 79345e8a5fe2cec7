package com.smartpick.advising;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/** The architecture of DESIGN.md and STYLE.md, as rules that fail the build when broken. */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.smartpick.advising");

    /**
     * A feature is the first package under the root; SmartPick's engine, catalog and ranked lists count as features of
     * their own, as the engine and its vocabulary sit below features that SmartPick's lists read from.
     */
    static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String root = "com.smartpick.advising.";
            String name = javaClass.getPackageName();
            if (!name.startsWith(root)) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.substring(root.length()).split("\\.");
            return SliceIdentifier.of(parts[0].equals("smartpick") && parts.length > 1 ? "smartpick." + parts[1] : parts[0]);
        }

        @Override
        public String getDescription() {
            return "features of com.smartpick.advising (smartpick.engine, .catalog, .rankedlist apart)";
        }
    };

    @Test
    void views_never_touch_jooq() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "com.smartpick.advising.jooq..")
                .check(MAIN);
    }

    @Test
    void the_engine_is_plain_java() {
        noClasses().that().resideInAPackage("com.smartpick.advising.smartpick.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..", "com.vaadin..",
                        "jakarta..", "com.smartpick.advising.jooq..")
                .check(MAIN);
    }

    @Test
    void repositories_are_reached_only_from_services_of_their_feature() {
        classes().that().areAnnotatedWith(Repository.class)
                .should().onlyBeAccessed().byClassesThat(annotatedWith(Service.class).or(annotatedWith(Repository.class)))
                .check(MAIN);
        classes().that().areAnnotatedWith(Repository.class).should().notBePublic().check(MAIN);
    }

    @Test
    void features_do_not_depend_on_each_other_in_circles() {
        slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void the_plugin_wiring_is_the_composition_root_nobody_depends_on() {
        noClasses().that().resideOutsideOfPackages("com.smartpick.advising.plugin..", "com.smartpick.advising.standalone..")
                .should().dependOnClassesThat().resideInAPackage("com.smartpick.advising.plugin..")
                .check(MAIN);
    }
}

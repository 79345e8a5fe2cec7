package com.smartpick.advising.base;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * A feature's meters ({@code advising.*}), made once in {@link #meters} and recorded there from the start; they reach
 * the application's registries as Spring Boot binds the bean to each. Micrometer is an optional dependency of the
 * plugin: a subclass is registered only where Micrometer is on the classpath ({@code @ConditionalOnClass}), and where
 * the application has no registry its meters record into nothing.
 */
public abstract class PluginMeters implements MeterBinder {

    /** Condition for a subclass's registration, by name so that reading it loads no Micrometer class. */
    public static final String MICROMETER = "io.micrometer.core.instrument.binder.MeterBinder";

    protected final CompositeMeterRegistry meters = new CompositeMeterRegistry();

    @Override
    public void bindTo(MeterRegistry registry) {
        meters.add(registry);
    }
}

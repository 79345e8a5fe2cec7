package com.smartpick.advising.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.audit.AuditConfiguration;
import com.smartpick.advising.audit.AuditService;
import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.ViewPackage;
import com.smartpick.advising.smartpick.catalog.CatalogConfiguration;
import com.smartpick.advising.smartpick.catalog.CatalogService;
import com.smartpick.advising.ui.PluginView;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.AnnotatedBeanDefinitionReader;
import org.springframework.context.annotation.ConfigurationClassPostProcessor;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Each feature switch, alone, against what the auto-configuration defines with every feature on: it takes away exactly
 * the beans and views of its feature, no more and no fewer. Read from the bean definitions, which the configurations
 * decide before any bean is made, so every switch is tried without starting the application eight times (the
 * {@code ui/*OffTest}s start it with switches off and use what is left).
 */
class FeatureSwitchTest {

    /** What each feature owns, by where its classes live: the oracle, independent of the configurations. */
    private static final Map<Feature, Predicate<String>> OWNS = Map.of(
            Feature.LETTERS, under("letter"),
            Feature.SMARTPICK, under("smartpick").or(under("tracker")),
            Feature.TRY, under("smartpick.preview"),
            Feature.CATALOG, named(CatalogService.class, CatalogConfiguration.Editor.class).or(under("smartpick.catalog.ui")),
            Feature.AUDIT, named(AuditService.class, AuditConfiguration.Reading.class).or(under("audit.ui")),
            Feature.READINESS, under("readiness"),
            Feature.ROSTER, under("roster"),
            Feature.ERAS, under("eras"));

    private static final Defined EVERYTHING_ON = define(Map.of());

    @ParameterizedTest
    @EnumSource(Feature.class)
    void a_switch_takes_away_exactly_its_features_beans_and_views(Feature feature) {
        Defined off = define(Map.of("advising.features." + switchName(feature) + ".enabled", "false"));
        Predicate<String> owned = OWNS.get(feature);

        Set<String> ownedBeans = filter(EVERYTHING_ON.beans(), owned);
        assertThat(ownedBeans).as("the feature's beans with everything on").isNotEmpty();
        assertThat(difference(EVERYTHING_ON.beans(), off.beans())).isEqualTo(ownedBeans);

        Set<String> ownedViews = filter(EVERYTHING_ON.views(), owned);
        assertThat(ownedViews).as("the feature's views with everything on").isNotEmpty();
        assertThat(difference(EVERYTHING_ON.views(), off.views())).isEqualTo(ownedViews);
        assertThat(filter(off.views(), owned)).isEmpty();
    }

    /** The switch's name in {@code advising.features.<name>.enabled}. */
    private static String switchName(Feature feature) {
        return feature.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param beans the class each bean comes from (its own, or its factory's for a {@code @Bean} method), by bean name
     * @param views the views the configurations that are there bring
     */
    private record Defined(Set<String> beans, Set<String> views) {
    }

    private static Defined define(Map<String, String> properties) {
        MockEnvironment environment = new MockEnvironment();
        properties.forEach(environment::setProperty);
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        new AnnotatedBeanDefinitionReader(factory, environment).register(AdvisingAutoConfiguration.class);
        ConfigurationClassPostProcessor configurations = new ConfigurationClassPostProcessor();
        configurations.setEnvironment(environment);
        configurations.setResourceLoader(new DefaultResourceLoader());
        configurations.postProcessBeanDefinitionRegistry(factory);

        Set<String> beans = new TreeSet<>();
        Set<String> views = new TreeSet<>();
        for (String name : factory.getBeanDefinitionNames()) {
            BeanDefinition definition = factory.getBeanDefinition(name);
            String origin = definition.getBeanClassName() != null ? definition.getBeanClassName()
                    : definition.getFactoryBeanName() == null ? null
                    : factory.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
            if (origin == null || !origin.startsWith("com.smartpick.advising.")) {
                continue;
            }
            beans.add(origin + " " + name);
            Class<?> type = ClassUtils.resolveClassName(origin, null);
            if (ViewPackage.class.isAssignableFrom(type)) {
                AdvisingRoutes.viewsOf(type).stream().map(PluginView::view).map(Class::getName).forEach(views::add);
            }
        }
        return new Defined(beans, views);
    }

    private static Predicate<String> under(String featurePackage) {
        String prefix = "com.smartpick.advising." + featurePackage + ".";
        return type -> type.startsWith(prefix);
    }

    private static Predicate<String> named(Class<?>... types) {
        Set<String> names = Arrays.stream(types).map(Class::getName).collect(Collectors.toSet());
        return type -> names.contains(type);
    }

    private static Set<String> filter(Set<String> entries, Predicate<String> owned) {
        return entries.stream().filter(entry -> owned.test(entry.split(" ")[0])).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> all, Set<String> left) {
        return all.stream().filter(entry -> !left.contains(entry)).collect(Collectors.toCollection(TreeSet::new));
    }
}

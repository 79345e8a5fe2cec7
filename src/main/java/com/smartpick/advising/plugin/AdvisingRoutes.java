package com.smartpick.advising.plugin;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.ViewPackage;
import com.smartpick.advising.ui.MainLayout;
import com.smartpick.advising.ui.PluginView;
import com.smartpick.advising.ui.PluginViews;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers the plugin's views under the configured prefix: the {@link AdvisingView}s in the packages of the
 * configurations that are there ({@link ViewPackage}), so a feature switched off registers none.
 */
@org.springframework.stereotype.Component
public class AdvisingRoutes implements VaadinServiceInitListener, PluginViews {

    private final AdvisingProperties properties;
    private final List<PluginView> registered;

    public AdvisingRoutes(AdvisingProperties properties, List<ViewPackage> packages) {
        this.properties = properties;
        this.registered = packages.stream().flatMap(configuration -> viewsOf(ClassUtils.getUserClass(configuration)).stream())
                .sorted(Comparator.comparing(PluginView::path)).toList();
        List<String> twice = registered.stream().collect(Collectors.groupingBy(PluginView::view, Collectors.counting()))
                .entrySet().stream().filter(view -> view.getValue() > 1).map(view -> view.getKey().getName()).toList();
        if (!twice.isEmpty()) {
            throw new IllegalStateException("In the packages of two configurations: " + twice);
        }
    }

    /** The views in a configuration's package and the packages below it, of the configuration's feature. */
    static List<PluginView> viewsOf(Class<?> configuration) {
        ClassLoader loader = configuration.getClassLoader();
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.setResourceLoader(new DefaultResourceLoader(loader));
        scan.addIncludeFilter(new AnnotationTypeFilter(AdvisingView.class, false));
        Feature feature = Feature.of(configuration);
        return scan.findCandidateComponents(configuration.getPackageName()).stream().map(BeanDefinition::getBeanClassName)
                .map(name -> PluginView.of(ClassUtils.resolveClassName(name, loader).asSubclass(Component.class), feature))
                .toList();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        registry.update(() -> register(RouteConfiguration.forRegistry(registry)));
    }

    private void register(RouteConfiguration routes) {
        for (PluginView view : registered) {
            if (view.inMainLayout()) {
                routes.setRoute(properties.route(view.path()), view.view(), MainLayout.class);
            } else {
                routes.setRoute(properties.route(view.path()), view.view());
            }
        }
    }

    @Override
    public List<PluginView> registered() {
        return registered;
    }
}

package com.smartpick.advising.support;

import com.smartpick.advising.base.ui.AdvisingView;
import com.vaadin.flow.component.Component;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every {@link AdvisingView} of the plugin, found on the class path without the plugin's help: what the route table
 * must register when every feature is on.
 */
public final class AdvisingViews {

    private AdvisingViews() {
    }

    public static List<Class<? extends Component>> all() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(AdvisingView.class, false));
        return scan.findCandidateComponents("com.smartpick.advising").stream().map(BeanDefinition::getBeanClassName)
                .<Class<? extends Component>>map(name -> ClassUtils.resolveClassName(name, null).asSubclass(Component.class))
                .sorted(Comparator.comparing(Class::getName)).toList();
    }

    /** The view's address with every feature on and the default prefix, its parameters filled with {@code 1}. */
    public static String address(Class<? extends Component> view) {
        String path = view.getAnnotation(AdvisingView.class).value().replaceAll(":\\w+", "1");
        return path.isEmpty() ? "advising" : "advising/" + path;
    }
}

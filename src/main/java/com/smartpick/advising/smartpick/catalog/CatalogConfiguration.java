package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The program catalog SmartPick ranks from, part of SmartPick ({@code advising.features.smartpick.enabled}): the beans
 * of this package but {@link CatalogService}, which edits the catalog and comes with its view only while
 * {@code advising.features.catalog.enabled} is on too ({@link Editor}).
 */
@Configuration(proxyBeanMethods = false)
@Feature.SmartPick
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = CatalogService.class))
public class CatalogConfiguration {

    /** The admins' catalog editor and CSV import. */
    @Configuration(proxyBeanMethods = false)
    @Feature.Catalog
    @Import(CatalogService.class)
    public static class Editor implements ViewPackage {
    }
}

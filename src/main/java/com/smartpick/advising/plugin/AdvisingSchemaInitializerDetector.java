package com.smartpick.advising.plugin;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/** Tells Spring Boot that the jOOQ {@code DSLContext} (and everything else using the database) waits for our migrations. */
public class AdvisingSchemaInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(AdvisingSchemaMigrator.class);
    }
}

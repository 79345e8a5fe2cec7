package com.smartpick.advising.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables of schema {@code advising} a feature owns, on the feature's {@code package-info}: only the classes of that
 * package (and its sub-packages) name them in a query. Another feature reads them through the owner's service or a
 * query fragment the owner publishes, and never writes them. {@code ModulesTest} fails on a table with no owner or two,
 * and on a class that names a table its feature does not own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

    /** The tables' names as in the migrations, e.g. {@code "experience_record"}. */
    String[] value();
}

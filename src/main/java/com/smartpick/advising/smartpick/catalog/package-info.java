/**
 * The program catalog's pure-Java side: a seeded synthetic catalog for demos and benchmarks, and
 * its CSV form. The data is synthetic: realistic in its distributions, not real programs.
 */
@NullMarked
@ApplicationModule
@OwnsTables({"program", "program_catalog_revision"})
package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.base.OwnsTables;
import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;

/**
 * The program catalog's pure-Java side: a seeded synthetic catalog for demos and benchmarks, and
 * its CSV form. The data is synthetic: realistic in its distributions, not real programs.
 */
@NullMarked
package com.smartpick.advising.smartpick.catalog;

import org.jspecify.annotations.NullMarked;

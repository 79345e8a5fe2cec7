/** The readiness dashboard at scale: a generated data set and the first page's latency. Run by a documented command. */
@NullMarked
package com.smartpick.advising.readiness.bench;

import org.jspecify.annotations.NullMarked;

/**
 * JMH benchmarks of the SmartPick engine on the synthetic catalog. Run them all with
 * {@code mvn -q -B test-compile exec:exec@smartpick-bench} (Maven's toolchain picks the JDK).
 */
@NullMarked
package com.smartpick.advising.smartpick.engine.bench;

import org.jspecify.annotations.NullMarked;

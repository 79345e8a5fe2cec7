/**
 * Each person's worklist: what needs them today, gathered from the features that know ({@link WorkSource}).
 * It owns no table and knows no feature: the features depend on it, offering their items.
 */
@NullMarked
@ApplicationModule
package com.smartpick.advising.worklist;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

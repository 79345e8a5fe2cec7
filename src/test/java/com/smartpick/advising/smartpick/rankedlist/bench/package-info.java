/** Ranked lists at the size advisors work with (150 entries): each action's and each page's latency. Run by a documented command. */
@NullMarked
package com.smartpick.advising.smartpick.rankedlist.bench;

import org.jspecify.annotations.NullMarked;

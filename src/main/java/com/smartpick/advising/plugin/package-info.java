@NullMarked
package com.smartpick.advising.plugin;

import org.jspecify.annotations.NullMarked;

@NullMarked
package com.smartpick.advising.statement;

import org.jspecify.annotations.NullMarked;

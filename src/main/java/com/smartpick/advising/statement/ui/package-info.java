@NullMarked
package com.smartpick.advising.statement.ui;

import org.jspecify.annotations.NullMarked;

/** The admin's "Program catalog": browse, filter, edit, activate and import programs. */
@NullMarked
package com.smartpick.advising.smartpick.catalog.ui;

import org.jspecify.annotations.NullMarked;

/** The help page. */
@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.help.ui;


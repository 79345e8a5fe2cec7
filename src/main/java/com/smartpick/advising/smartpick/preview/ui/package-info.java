/** The public "Try SmartPick" page. */
@NullMarked
package com.smartpick.advising.smartpick.preview.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package com.smartpick.advising.inbox.ui;

import org.jspecify.annotations.NullMarked;

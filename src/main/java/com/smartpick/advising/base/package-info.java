/** What every feature shares: the failures a user is told about in plain words, and paging. */
@NullMarked
package com.smartpick.advising.base;

import org.jspecify.annotations.NullMarked;

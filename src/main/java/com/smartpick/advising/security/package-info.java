@NullMarked
package com.smartpick.advising.security;

import org.jspecify.annotations.NullMarked;

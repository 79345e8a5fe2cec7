@NullMarked
package com.smartpick.advising.standalone.demo;

import org.jspecify.annotations.NullMarked;

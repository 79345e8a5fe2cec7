/** ERAS experience entries: a student's verified records, chosen, ordered and described for ERAS, as text and PDF. */
@NullMarked
package com.smartpick.advising.eras;

import org.jspecify.annotations.NullMarked;

/** The audit trail's pages: the admin's search with CSV export, and a student's record of disclosures. */
@NullMarked
@NamedInterface("ui")
package com.smartpick.advising.audit.ui;

import org.springframework.modulith.NamedInterface;
import org.jspecify.annotations.NullMarked;

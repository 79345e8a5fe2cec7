/** The audit trail's pages: the admin's search with CSV export, and a student's record of disclosures. */
@NullMarked
package com.smartpick.advising.audit.ui;

import org.jspecify.annotations.NullMarked;

/**
 * The audit trail: an append-only record of who did what to which record and when, reads of letters and of
 * student records by staff included. Every write joins the transaction of the change it records.
 */
@NullMarked
@OwnsTables("audit_event")
@ApplicationModule
package com.smartpick.advising.audit;

import org.springframework.modulith.ApplicationModule;
import com.smartpick.advising.base.OwnsTables;
import org.jspecify.annotations.NullMarked;

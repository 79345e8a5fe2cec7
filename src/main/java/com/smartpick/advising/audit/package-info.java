/**
 * The audit trail: an append-only record of who did what to which record and when, reads of letters and of
 * student records by staff included. Every write joins the transaction of the change it records.
 */
@NullMarked
package com.smartpick.advising.audit;

import org.jspecify.annotations.NullMarked;

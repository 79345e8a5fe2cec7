/**
 * SmartPick, the ranking engine: pure Java, no framework, no database. Records in, records out,
 * deterministic. Three stages: {@link com.smartpick.advising.smartpick.engine.Eligibility eligibility},
 * fit and competitiveness ({@code InterviewModel}), and the portfolio under a budget; the entry
 * point is {@link com.smartpick.advising.smartpick.engine.SmartPick}.
 */
@NullMarked
@ApplicationModule
package com.smartpick.advising.smartpick.engine;

import org.springframework.modulith.ApplicationModule;
import org.jspecify.annotations.NullMarked;

package com.smartpick.advising.smartpick.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules an advisor checks before trusting a number: a profile that breaks one gets a warning in plain words beside
 * its list, never a silently lower chance alone.
 */
final class Rules {

    private Rules() {
    }

    static List<String> warnings(Applicant applicant, Specialty specialty, Season season) {
        List<String> warnings = new ArrayList<>();
        int rankListYear = season.matchYear();
        if (applicant.visaNeed() == VisaNeed.H1B && !applicant.step3Passed()) {
            warnings.add("H-1B needs Step 3 passed before programs can rank you for it (rank lists are due in early "
                    + "March " + rankListYear + "): without it, programs can only offer a J-1. Pass Step 3 in time or "
                    + "accept a J-1.");
        }
        if (applicant.visaNeed() == VisaNeed.EITHER && !applicant.step3Passed()) {
            warnings.add("You accept either visa, but H-1B needs Step 3 passed before ranking: until you pass it, "
                    + "count on J-1 sponsorship.");
        }
        if ((applicant.visaNeed() == VisaNeed.J1 || applicant.visaNeed() == VisaNeed.EITHER)
                && !applicant.ecfmgCertified()) {
            warnings.add("A J-1 for residency is sponsored by ECFMG and needs ECFMG certification: without it by the "
                    + "start of training in July " + rankListYear + ", the J-1 cannot be issued.");
        }
        if (applicant.step2CkScore() == null) {
            warnings.add("No Step 2 CK score yet: most programs screen IMGs on it, and programs with a published "
                    + "minimum are left out. The chances assume programs see no score (estimate).");
        }
        if (applicant.seasonYear() + 1 != season.matchYear()) {
            warnings.add("The fees and signals are those of the " + season.matchYear() + " Match season; the "
                    + (applicant.seasonYear() + 1) + " season's are not configured yet.");
        }
        return warnings;
    }
}

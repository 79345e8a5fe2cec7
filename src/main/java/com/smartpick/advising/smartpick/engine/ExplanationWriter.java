package com.smartpick.advising.smartpick.engine;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes entries' explanations from the same model terms that scored them. Each line says what one term adds to this
 * program's chance of an interview, in percentage points: the entry's chance less its chance with that term at the
 * reference applicant's value. Terms that add nothing are left out; the Step 2 CK line always shows.
 */
final class ExplanationWriter {

    private final InterviewModel model;
    private final MatchModel match;

    ExplanationWriter(InterviewModel model, MatchModel match) {
        this.model = model;
        this.match = match;
    }

    Run forRun(Applicant applicant, ApplicantTerms terms, Specialty specialty, SignalAllowance allowance) {
        return new Run(applicant, terms, specialty, allowance);
    }

    /** What every entry of one run shares. */
    final class Run {
        private final Applicant applicant;
        private final ApplicantTerms terms;
        private final Specialty specialty;
        private final SignalAllowance allowance;
        private final String start;
        /** The applicant's own terms: each with its log-odds, factor, detail and weight. */
        private final List<Term> shared = new ArrayList<>();

        private record Term(Factor factor, double logit, String detail, String weightKey, boolean estimate) {
        }

        private Run(Applicant applicant, ApplicantTerms terms, Specialty specialty, SignalAllowance allowance) {
            this.applicant = applicant;
            this.terms = terms;
            this.specialty = specialty;
            this.allowance = allowance;
            InterviewModel.ReferenceApplicant reference = model.reference();
            SpecialtyFigures figures = model.figures(specialty);
            start = Format.percent(match.interviewChance(figures.interviewIntercept()))
                    + " for the reference non-US IMG at a " + specialty.displayName() + " program of average openness: "
                    + "Step 2 CK " + figures.referenceStep2() + " (the median of matched non-US IMGs, NRMP Charting "
                    + "Outcomes 2026), " + Format.count(reference.handsOnUsceMonths(), "month") + " of hands-on USCE, "
                    + Format.count(reference.usLetters(), "US letter") + ", "
                    + Format.count(reference.researchItems(), "research item") + ", graduated within "
                    + Format.count(model.yogFreeYears(), "year") + ", ECFMG certified, one attempt, no signal";
            add(Factor.HANDS_ON_USCE, terms.usce, Format.count(applicant.handsOnUsceMonths(), "month") + " vs. "
                    + reference.handsOnUsceMonths() + " for the reference applicant, counted up to " + model.usceCap(),
                    WeightKey.USCE_LOGIT_PER_MONTH);
            add(Factor.OBSERVERSHIP, terms.observership, Format.count(applicant.observershipMonths(), "month") + " vs. "
                    + reference.observershipMonths() + ", counted up to " + model.observershipCap(),
                    WeightKey.OBSERVERSHIP_LOGIT_PER_MONTH);
            add(Factor.US_LETTERS, terms.letters, Format.count(applicant.usLetters(), "letter") + " vs. "
                    + reference.usLetters() + ", counted up to " + model.lettersCap(), WeightKey.US_LETTER_LOGIT);
            add(Factor.RESEARCH, terms.research, Format.count(applicant.researchItems(), "item") + " vs. "
                    + reference.researchItems() + ", counted up to " + model.researchCap(), WeightKey.RESEARCH_LOGIT_PER_ITEM);
            add(Factor.YEARS_SINCE_GRADUATION, terms.yearsOut, Format.count(applicant.yearsSinceGraduation(), "year")
                    + " since graduation; the first " + model.yogFreeYears() + " count nothing", WeightKey.YOG_LOGIT_PER_YEAR);
            add(Factor.ATTEMPTS, terms.attempts, "at most " + Format.count(applicant.mostAttempts(), "attempt")
                    + " on any Step", WeightKey.EXTRA_ATTEMPT_LOGIT);
            add(Factor.CERTIFICATION, terms.certification, "not yet ECFMG certified", WeightKey.NOT_CERTIFIED_LOGIT);
            add(Factor.STEP3, terms.step3, "passed", WeightKey.STEP3_PASSED_LOGIT);
        }

        private void add(Factor factor, double logit, String detail, WeightKey key) {
            if (logit != 0) {
                shared.add(new Term(factor, logit, detail, key.key(), true));
            }
        }

        /**
         * @param logit the entry's log-odds with every term
         * @param typicalStep2 the program's typical score (see {@link CompiledCatalog.Slice#typicalStep2})
         * @param imgAboveAverage the program's IMG share less its specialty's average
         */
        Explanation explain(Program program, double logit, double typicalStep2, double imgAboveAverage,
                @Nullable SignalTier signal) {
            double chance = match.interviewChance(logit);
            List<FactorContribution> lines = new ArrayList<>(shared.size() + 5);
            String scoreText = scoreText(program, typicalStep2);
            lines.add(line(chance, logit, Factor.STEP2_CK, model.step2Logit(specialty, terms, typicalStep2), scoreText,
                    SpecialtyFigures.key(specialty, SpecialtyFigures.STEP2_PER_TEN_POINTS), !terms.hasStep2));
            String imgText = program.percentImgResidents() + "% IMG residents";
            double img = model.imgShareLogit(imgAboveAverage);
            if (img != 0) {
                lines.add(line(chance, logit, Factor.IMG_SHARE, img, imgText + " vs. "
                        + Math.round(program.percentImgResidents() - imgAboveAverage) + "% on average in "
                        + specialty.displayName(), WeightKey.IMG_SHARE_PER_TEN_POINTS.key(), true));
            }
            for (Term term : shared) {
                lines.add(line(chance, logit, term.factor(), term.logit(), term.detail(), term.weightKey(), term.estimate()));
            }
            int division = program.division().ordinal();
            double region = terms.regionByDivision[division];
            String regionText = regionText(applicant, program.division());
            if (region != 0) {
                lines.add(line(chance, logit, Factor.REGION, region, regionText,
                        WeightKey.REGION_TIE_LOGIT.key() + ", " + WeightKey.PREFERRED_DIVISION_LOGIT.key(), true));
            }
            double setting = terms.settingByType[program.type().ordinal()];
            if (setting != 0) {
                lines.add(line(chance, logit, Factor.SETTING, setting, program.type().displayName()
                        + " program, as you prefer", WeightKey.SETTING_MATCH_LOGIT.key(), true));
            }
            if (signal != null) {
                lines.add(line(chance, logit, Factor.SIGNAL, model.signalLogit(signal), "you placed a "
                        + allowance.nameOf(signal) + " here", (signal == SignalTier.PRIMARY
                                ? WeightKey.SIGNAL_PRIMARY_LOGIT : WeightKey.SIGNAL_SECONDARY_LOGIT).key(), true));
            }

            StringBuilder summary = new StringBuilder(128);
            if (applicant.visaNeed() != VisaNeed.NONE) {
                summary.append("sponsors ").append(visaText(program)).append("; ");
            }
            summary.append(scoreText).append("; ").append(imgText);
            if (region != 0) {
                summary.append("; ").append(regionText);
            }
            summary.append("; ").append(signal == null ? "no signal" : allowance.nameOf(signal));
            return new Explanation(summary.toString(), start, lines);
        }

        private FactorContribution line(double chance, double logit, Factor factor, double term, String detail,
                String weightKey, boolean estimate) {
            double without = term == 0 ? chance : match.interviewChance(logit - term);
            return new FactorContribution(factor, chance - without, detail, weightKey, estimate);
        }

        private String visaText(Program program) {
            if (applicant.visaNeed() != VisaNeed.EITHER) {
                return applicant.visaNeed().displayName();
            }
            if (program.sponsorsJ1() && program.sponsorsH1b()) {
                return "J-1 and H-1B";
            }
            return program.sponsorsJ1() ? VisaNeed.J1.displayName() : VisaNeed.H1B.displayName();
        }

        private String scoreText(Program program, double typicalStep2) {
            Integer score = applicant.step2CkScore();
            if (score == null) {
                return "no Step 2 CK score yet";
            }
            Integer median = program.medianStep2Ck();
            return "your Step 2 CK " + score + " vs. " + Math.round(typicalStep2) + " typical here"
                    + (median != null ? " (program median " + median + ")" : " (program median not published)");
        }
    }

    private static String regionText(Applicant applicant, CensusDivision division) {
        boolean tie = applicant.regionTies().contains(division);
        boolean preferred = applicant.preferredDivisions().contains(division);
        if (!tie && !preferred) {
            return "no tie to " + division.displayName();
        }
        if (tie && preferred) {
            return "ties to " + division.displayName() + ", a preferred division";
        }
        return tie ? "ties to " + division.displayName()
                : division.displayName() + " is a preferred division";
    }
}

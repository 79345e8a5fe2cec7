package com.smartpick.advising.smartpick.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes entries' explanations from the same model terms that scored them. Most terms depend on
 * the applicant, the division, the program type or the signal only, so a run writes those lines
 * once and each entry adds just its score and IMG-share lines.
 */
final class ExplanationWriter {

    private final InterviewModel model;
    private final Weights weights;

    ExplanationWriter(InterviewModel model, Weights weights) {
        this.model = model;
        this.weights = weights;
    }

    Run forRun(Applicant applicant, ApplicantTerms terms, Specialty specialty, SignalAllowance allowance) {
        return new Run(applicant, terms, specialty, allowance);
    }

    /** The lines shared by every entry of one run. */
    final class Run {
        private final Applicant applicant;
        private final ApplicantTerms terms;
        private final FactorContribution[] shared;
        private final FactorContribution[] regionByDivision;
        private final String[] regionTextByDivision;
        private final FactorContribution[] settingByType;
        /** Index 0 is no signal, then {@link SignalTier} ordinal + 1. */
        private final FactorContribution[] bySignal;

        private Run(Applicant applicant, ApplicantTerms terms, Specialty specialty, SignalAllowance allowance) {
            this.applicant = applicant;
            this.terms = terms;
            shared = new FactorContribution[] {
                new FactorContribution(Factor.BASELINE, model.baselineLogit(),
                        Format.percent(weights.get(WeightKey.BASELINE_INTERVIEW_RATE)) + " for a reference non-US IMG",
                        WeightKey.BASELINE_INTERVIEW_RATE.key()),
                new FactorContribution(Factor.SPECIALTY, model.specialtyLogit(specialty),
                        specialty.displayName() + " " + Format.percent(weights.specialty(specialty).nonUsImgMatchRate())
                                + " vs. " + Format.percent(weights.get(WeightKey.OVERALL_NON_US_IMG_MATCH_RATE))
                                + " for all specialties",
                        SpecialtyFigures.key(specialty, SpecialtyFigures.MATCH_RATE)),
                perUnit(Factor.HANDS_ON_USCE, terms.usce, applicant.handsOnUsceMonths(), "months",
                        WeightKey.USCE_LOGIT_PER_MONTH, model.usceCap()),
                perUnit(Factor.OBSERVERSHIP, terms.observership, applicant.observershipMonths(), "months",
                        WeightKey.OBSERVERSHIP_LOGIT_PER_MONTH, model.observershipCap()),
                perUnit(Factor.US_LETTERS, terms.letters, applicant.usLetters(), "letters",
                        WeightKey.US_LETTER_LOGIT, model.lettersCap()),
                perUnit(Factor.RESEARCH, terms.research, applicant.researchItems(), "items",
                        WeightKey.RESEARCH_LOGIT_PER_ITEM, model.researchCap()),
                new FactorContribution(Factor.YEARS_SINCE_GRADUATION, terms.yearsOut,
                        applicant.yearsSinceGraduation() + " years since graduation; no effect up to "
                                + model.yogFreeYears(),
                        WeightKey.YOG_LOGIT_PER_YEAR.key()),
                new FactorContribution(Factor.ATTEMPTS, terms.attempts,
                        "at most " + applicant.mostAttempts() + (applicant.mostAttempts() == 1 ? " attempt" : " attempts")
                                + " on any Step",
                        WeightKey.EXTRA_ATTEMPT_LOGIT.key()),
                new FactorContribution(Factor.CERTIFICATION, terms.certification,
                        terms.certification == 0 ? "ECFMG certified" : "not yet ECFMG certified",
                        WeightKey.NOT_CERTIFIED_LOGIT.key()),
                new FactorContribution(Factor.STEP3, terms.step3,
                        applicant.step3Passed() ? "Step 3 passed" : "Step 3 not passed",
                        WeightKey.STEP3_PASSED_LOGIT.key())
            };
            CensusDivision[] divisions = CensusDivision.values();
            regionByDivision = new FactorContribution[divisions.length];
            regionTextByDivision = new String[divisions.length];
            for (CensusDivision division : divisions) {
                String text = regionText(applicant, division);
                regionTextByDivision[division.ordinal()] = text;
                regionByDivision[division.ordinal()] = new FactorContribution(Factor.REGION,
                        terms.regionByDivision[division.ordinal()], text,
                        WeightKey.REGION_TIE_LOGIT.key() + ", " + WeightKey.PREFERRED_DIVISION_LOGIT.key());
            }
            ProgramType[] types = ProgramType.values();
            settingByType = new FactorContribution[types.length];
            for (ProgramType type : types) {
                settingByType[type.ordinal()] = new FactorContribution(Factor.SETTING,
                        terms.settingByType[type.ordinal()], type.displayName() + " program; you prefer "
                                + applicant.settingPreference().name().toLowerCase(Locale.ROOT),
                        WeightKey.SETTING_MATCH_LOGIT.key());
            }
            bySignal = new FactorContribution[] {
                new FactorContribution(Factor.SIGNAL, 0, "no signal", WeightKey.SIGNAL_PRIMARY_LOGIT.key()),
                new FactorContribution(Factor.SIGNAL, model.signalLogit(SignalTier.PRIMARY),
                        allowance.nameOf(SignalTier.PRIMARY), WeightKey.SIGNAL_PRIMARY_LOGIT.key()),
                new FactorContribution(Factor.SIGNAL, model.signalLogit(SignalTier.SECONDARY),
                        allowance.nameOf(SignalTier.SECONDARY), WeightKey.SIGNAL_SECONDARY_LOGIT.key())
            };
        }

        Explanation explain(Program program, @Nullable SignalTier signal) {
            String scoreText = scoreText(program);
            String imgText = program.percentImgResidents() + "% IMG residents";
            int division = program.division().ordinal();
            FactorContribution signalLine = bySignal[signal == null ? 0 : signal.ordinal() + 1];
            FactorContribution[] lines = Arrays.copyOf(shared, shared.length + 5);
            lines[shared.length] = new FactorContribution(Factor.STEP2_CK,
                    model.step2Logit(terms, model.typicalStep2(program)), scoreText,
                    (terms.hasStep2 ? WeightKey.STEP2_PER_TEN_POINTS : WeightKey.MISSING_STEP2_LOGIT).key());
            lines[shared.length + 1] = new FactorContribution(Factor.IMG_SHARE,
                    model.imgShareLogit(program.percentImgResidents()),
                    imgText + " vs. " + weights.getInt(WeightKey.IMG_SHARE_REFERENCE) + "% reference",
                    WeightKey.IMG_SHARE_PER_TEN_POINTS.key());
            lines[shared.length + 2] = regionByDivision[division];
            lines[shared.length + 3] = settingByType[program.type().ordinal()];
            lines[shared.length + 4] = signalLine;
            double logit = 0;
            for (FactorContribution line : lines) {
                logit += line.logit();
            }

            StringBuilder summary = new StringBuilder(128);
            if (applicant.visaNeed() != VisaNeed.NONE) {
                summary.append("sponsors ").append(applicant.visaNeed().displayName()).append("; ");
            }
            summary.append(scoreText).append("; ").append(imgText);
            if (terms.regionByDivision[division] != 0) {
                summary.append("; ").append(regionTextByDivision[division]);
            }
            summary.append("; ").append(signalLine.detail());
            return new Explanation(summary.toString(), List.of(lines), logit);
        }

        private String scoreText(Program program) {
            Integer score = applicant.step2CkScore();
            if (score == null) {
                return "no Step 2 CK score yet";
            }
            Integer median = program.medianStep2Ck();
            return median != null
                    ? "your Step 2 CK " + score + " vs. program median " + median
                    : "your Step 2 CK " + score + " vs. typical " + program.specialty().displayName() + " score "
                            + (int) model.typicalStep2(program) + " (program median not published)";
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
        return tie ? "ties to " + division.displayName() : division.displayName() + " is a preferred division";
    }

    private FactorContribution perUnit(Factor factor, double logit, int count, String unit, WeightKey key, int cap) {
        return new FactorContribution(factor, logit,
                count + " " + unit + " x " + Format.signed(weights.get(key)) + " each, counted up to " + cap,
                key.key());
    }
}

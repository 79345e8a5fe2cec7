package com.smartpick.advising.smartpick.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Writes an entry's explanation from the same model terms that scored it. */
final class ExplanationWriter {

    private final InterviewModel model;
    private final Weights weights;

    ExplanationWriter(InterviewModel model, Weights weights) {
        this.model = model;
        this.weights = weights;
    }

    Explanation explain(Applicant applicant, ApplicantTerms terms, Program program, @Nullable SignalTier signal,
            SignalAllowance allowance) {
        List<FactorContribution> factors = new ArrayList<>(Factor.values().length);
        Specialty specialty = program.specialty();
        factors.add(new FactorContribution(Factor.BASELINE, model.baselineLogit(),
                Format.percent(weights.get(WeightKey.BASELINE_INTERVIEW_RATE)) + " for a reference non-US IMG",
                WeightKey.BASELINE_INTERVIEW_RATE.key()));
        factors.add(new FactorContribution(Factor.SPECIALTY, model.specialtyLogit(specialty),
                specialty.displayName() + " " + Format.percent(weights.specialty(specialty).nonUsImgMatchRate())
                        + " vs. " + Format.percent(weights.get(WeightKey.OVERALL_NON_US_IMG_MATCH_RATE))
                        + " for all specialties",
                SpecialtyFigures.key(specialty, SpecialtyFigures.MATCH_RATE)));
        String scoreText = scoreText(applicant, program);
        factors.add(new FactorContribution(Factor.STEP2_CK, model.step2Logit(terms, model.typicalStep2(program)),
                scoreText, (terms.hasStep2 ? WeightKey.STEP2_PER_TEN_POINTS : WeightKey.MISSING_STEP2_LOGIT).key()));
        String imgText = program.percentImgResidents() + "% IMG residents";
        factors.add(new FactorContribution(Factor.IMG_SHARE, model.imgShareLogit(program.percentImgResidents()),
                imgText + " vs. " + weights.getInt(WeightKey.IMG_SHARE_REFERENCE) + "% reference",
                WeightKey.IMG_SHARE_PER_TEN_POINTS.key()));
        factors.add(perUnit(Factor.HANDS_ON_USCE, terms.usce, applicant.handsOnUsceMonths(), "months",
                WeightKey.USCE_LOGIT_PER_MONTH, model.usceCap()));
        factors.add(perUnit(Factor.OBSERVERSHIP, terms.observership, applicant.observershipMonths(), "months",
                WeightKey.OBSERVERSHIP_LOGIT_PER_MONTH, model.observershipCap()));
        factors.add(perUnit(Factor.US_LETTERS, terms.letters, applicant.usLetters(), "letters",
                WeightKey.US_LETTER_LOGIT, model.lettersCap()));
        factors.add(perUnit(Factor.RESEARCH, terms.research, applicant.researchItems(), "items",
                WeightKey.RESEARCH_LOGIT_PER_ITEM, model.researchCap()));
        factors.add(new FactorContribution(Factor.YEARS_SINCE_GRADUATION, terms.yearsOut,
                applicant.yearsSinceGraduation() + " years since graduation; no effect up to "
                        + model.yogFreeYears(),
                WeightKey.YOG_LOGIT_PER_YEAR.key()));
        factors.add(new FactorContribution(Factor.ATTEMPTS, terms.attempts,
                "at most " + applicant.mostAttempts() + " attempts on any Step", WeightKey.EXTRA_ATTEMPT_LOGIT.key()));
        factors.add(new FactorContribution(Factor.CERTIFICATION, terms.certification,
                terms.certification == 0 ? "ECFMG certified" : "not yet ECFMG certified",
                WeightKey.NOT_CERTIFIED_LOGIT.key()));
        factors.add(new FactorContribution(Factor.STEP3, terms.step3,
                applicant.step3Passed() ? "Step 3 passed" : "Step 3 not passed", WeightKey.STEP3_PASSED_LOGIT.key()));
        String regionText = regionText(applicant, program.division());
        factors.add(new FactorContribution(Factor.REGION, terms.regionByDivision[program.division().ordinal()],
                regionText, WeightKey.REGION_TIE_LOGIT.key() + ", " + WeightKey.PREFERRED_DIVISION_LOGIT.key()));
        factors.add(new FactorContribution(Factor.SETTING, terms.settingByType[program.type().ordinal()],
                program.type().displayName() + " program; you prefer "
                        + applicant.settingPreference().name().toLowerCase(Locale.ROOT),
                WeightKey.SETTING_MATCH_LOGIT.key()));
        String signalText = signal == null ? "no signal" : allowance.nameOf(signal);
        factors.add(new FactorContribution(Factor.SIGNAL, model.signalLogit(signal), signalText,
                (signal == SignalTier.SECONDARY ? WeightKey.SIGNAL_SECONDARY_LOGIT : WeightKey.SIGNAL_PRIMARY_LOGIT)
                        .key()));

        double logit = 0;
        for (FactorContribution factor : factors) {
            logit += factor.logit();
        }
        StringBuilder summary = new StringBuilder(120);
        if (applicant.visaNeed() != VisaNeed.NONE) {
            summary.append("sponsors ").append(applicant.visaNeed().displayName()).append("; ");
        }
        summary.append(scoreText).append("; ").append(imgText);
        if (terms.regionByDivision[program.division().ordinal()] != 0) {
            summary.append("; ").append(regionText);
        }
        summary.append("; ").append(signalText);
        return new Explanation(summary.toString(), factors, logit);
    }

    private String scoreText(Applicant applicant, Program program) {
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

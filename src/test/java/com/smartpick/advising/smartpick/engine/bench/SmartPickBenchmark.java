package com.smartpick.advising.smartpick.engine.bench;

import com.smartpick.advising.smartpick.catalog.SyntheticCatalog;
import com.smartpick.advising.smartpick.engine.Applicant;
import com.smartpick.advising.smartpick.engine.ApplicantRun;
import com.smartpick.advising.smartpick.engine.Budget;
import com.smartpick.advising.smartpick.engine.RunOptions;
import com.smartpick.advising.smartpick.engine.SmartPick;
import com.smartpick.advising.smartpick.engine.SmartPickResult;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The targets with the match model: one applicant against the whole 6,600-program catalog under 1 ms, a cohort of
 * 1,000 applicants under 100 ms on 2 cores. A run scores only its specialty's programs, so
 * {@link #oneApplicantEverySpecialty} ranks the whole catalog, one run per specialty.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SmartPickBenchmark {

    private SmartPick engine;
    private Applicant applicant;
    private List<ApplicantRun> cohort;

    @Setup
    public void setUp() {
        engine = SmartPick.withDefaults(SyntheticCatalog.generate(SyntheticCatalog.DEFAULT_SEED));
        applicant = BenchmarkData.medianImg();
        cohort = BenchmarkData.cohort(1_000, 42L);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SmartPickResult oneApplicantInternalMedicine() {
        return engine.rank(applicant, RunOptions.of(Specialty.INTERNAL_MEDICINE, Budget.applications(60)));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void oneApplicantEverySpecialty(Blackhole blackhole) {
        for (Specialty specialty : Specialty.values()) {
            blackhole.consume(engine.rank(applicant, RunOptions.of(specialty, Budget.applications(60))));
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<SmartPickResult> cohortOf1000() {
        return engine.rankCohort(cohort);
    }
}

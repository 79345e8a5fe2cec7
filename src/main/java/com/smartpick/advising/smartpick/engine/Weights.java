package com.smartpick.advising.smartpick.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The model's configuration: every number with the source it came from, estimates labelled as such. Loaded from
 * {@value #RESOURCE} (or any stream in the same format); a key without a source, a missing key or an unknown key is
 * refused, so the running model is always fully documented.
 */
public final class Weights {

    public static final String RESOURCE = "advising/smartpick/weights.properties";

    private final SourcedValues values;
    private final Map<Specialty, SpecialtyFigures> specialties;

    private Weights(SourcedValues values) {
        this.values = values;
        Set<String> expected = new HashSet<>();
        for (WeightKey key : WeightKey.values()) {
            values.number(key.key());
            expected.add(key.key());
        }
        EnumMap<Specialty, SpecialtyFigures> figures = new EnumMap<>(Specialty.class);
        for (Specialty specialty : Specialty.values()) {
            figures.put(specialty, new SpecialtyFigures(
                    values.number(SpecialtyFigures.key(specialty, SpecialtyFigures.INTERVIEW_INTERCEPT)),
                    values.number(SpecialtyFigures.key(specialty, SpecialtyFigures.STEP2_PER_TEN_POINTS)),
                    values.whole(SpecialtyFigures.key(specialty, SpecialtyFigures.REFERENCE_STEP2)),
                    values.number(SpecialtyFigures.key(specialty, SpecialtyFigures.MATCH_PER_INTERVIEW))));
            for (String figure : SpecialtyFigures.FIGURES) {
                expected.add(SpecialtyFigures.key(specialty, figure));
            }
        }
        values.requireOnly(expected);
        this.specialties = Collections.unmodifiableMap(figures);
    }

    /** The weights shipped with the engine. */
    public static Weights loadDefault() {
        try (InputStream in = SourcedValues.resource(RESOURCE)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Weights load(InputStream in) {
        return new Weights(SourcedValues.read("weights", in));
    }

    public double get(WeightKey key) {
        return values.number(key.key());
    }

    public int getInt(WeightKey key) {
        return values.whole(key.key());
    }

    public SpecialtyFigures specialty(Specialty specialty) {
        return specialties.get(specialty);
    }

    /** Where a figure came from, as written beside it in the file. */
    public String source(String key) {
        String source = values.sources().get(key);
        if (source == null) {
            throw new IllegalArgumentException("no weight " + key);
        }
        return source;
    }

    /** Every key with its source, in file order. */
    public Map<String, String> sources() {
        return values.sources();
    }
}

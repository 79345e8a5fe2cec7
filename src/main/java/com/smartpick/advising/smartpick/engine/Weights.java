package com.smartpick.advising.smartpick.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The engine's configuration: every number with the source it came from. Loaded from
 * {@value #RESOURCE} (or any stream in the same format); a key without a source, a missing key or
 * an unknown key is refused, so the running model is always fully documented.
 */
public final class Weights {

    public static final String RESOURCE = "advising/smartpick/weights.properties";

    private final Map<String, Double> values;
    private final Map<String, String> sources;
    private final Map<Specialty, SpecialtyFigures> specialties;

    private Weights(Map<String, Double> values, Map<String, String> sources) {
        this.values = values;
        this.sources = Collections.unmodifiableMap(sources);
        Set<String> expected = new HashSet<>();
        for (WeightKey key : WeightKey.values()) {
            expected.add(key.key());
        }
        EnumMap<Specialty, SpecialtyFigures> figures = new EnumMap<>(Specialty.class);
        for (Specialty specialty : Specialty.values()) {
            figures.put(specialty, new SpecialtyFigures(
                    require(SpecialtyFigures.key(specialty, SpecialtyFigures.MATCH_RATE)),
                    requireInt(SpecialtyFigures.key(specialty, SpecialtyFigures.TYPICAL_STEP2)),
                    new SignalAllowance(
                            requireInt(SpecialtyFigures.key(specialty, SpecialtyFigures.SIGNALS_PRIMARY)),
                            requireInt(SpecialtyFigures.key(specialty, SpecialtyFigures.SIGNALS_SECONDARY)))));
            for (String figure : new String[] {SpecialtyFigures.MATCH_RATE, SpecialtyFigures.TYPICAL_STEP2,
                    SpecialtyFigures.SIGNALS_PRIMARY, SpecialtyFigures.SIGNALS_SECONDARY}) {
                expected.add(SpecialtyFigures.key(specialty, figure));
            }
        }
        this.specialties = Collections.unmodifiableMap(figures);
        for (WeightKey key : WeightKey.values()) {
            require(key.key());
        }
        for (String key : values.keySet()) {
            if (!expected.contains(key)) {
                throw new IllegalArgumentException("unknown weight " + key);
            }
        }
    }

    /** The weights shipped with the engine. */
    public static Weights loadDefault() {
        InputStream in = Weights.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        try (in) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads lines of {@code key = number  # source}; blank lines and lines starting with # are comments. */
    public static Weights load(InputStream in) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int hash = trimmed.indexOf('#');
                int equals = trimmed.indexOf('=');
                if (equals < 0 || (hash >= 0 && hash < equals)) {
                    throw new IllegalArgumentException("line " + lineNumber + ": expected key = number  # source");
                }
                String key = trimmed.substring(0, equals).strip();
                String source = hash < 0 ? "" : trimmed.substring(hash + 1).strip();
                if (source.isEmpty()) {
                    throw new IllegalArgumentException("line " + lineNumber + ": " + key + " has no source");
                }
                String number = trimmed.substring(equals + 1, hash).strip();
                try {
                    values.put(key, Double.parseDouble(number));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + lineNumber + ": " + key + " is not a number", e);
                }
                if (sources.put(key, source) != null) {
                    throw new IllegalArgumentException("line " + lineNumber + ": " + key + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Weights(values, sources);
    }

    public double get(WeightKey key) {
        return require(key.key());
    }

    public int getInt(WeightKey key) {
        return requireInt(key.key());
    }

    public SpecialtyFigures specialty(Specialty specialty) {
        return specialties.get(specialty);
    }

    /** Where a figure came from, as written beside it in the file. */
    public String source(String key) {
        String source = sources.get(key);
        if (source == null) {
            throw new IllegalArgumentException("no weight " + key);
        }
        return source;
    }

    /** Every key with its source, in file order. */
    public Map<String, String> sources() {
        return sources;
    }

    private double require(String key) {
        Double value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing weight " + key);
        }
        return value;
    }

    private int requireInt(String key) {
        double value = require(key);
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(key + " must be a whole number");
        }
        return (int) value;
    }
}

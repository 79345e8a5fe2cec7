package com.smartpick.advising.smartpick.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A configuration file of {@code key = value  # source} lines: every value says where it came from. Blank lines and
 * lines starting with # are comments. A key without a source, a key written twice, a missing key or one nobody reads
 * is refused, so what runs is always fully documented.
 */
public final class SourcedValues {

    private final String name;
    private final Map<String, String> values;
    private final Map<String, String> sources;

    private SourcedValues(String name, Map<String, String> values, Map<String, String> sources) {
        this.name = name;
        this.values = values;
        this.sources = Collections.unmodifiableMap(sources);
    }

    public static InputStream resource(String resource) {
        InputStream in = SourcedValues.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        return in;
    }

    public static SourcedValues read(String name, InputStream in) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try (reader) {
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
                    throw new IllegalArgumentException(name + " line " + lineNumber + ": expected key = value  # source");
                }
                String key = trimmed.substring(0, equals).strip();
                String source = hash < 0 ? "" : trimmed.substring(hash + 1).strip();
                if (source.isEmpty()) {
                    throw new IllegalArgumentException(name + " line " + lineNumber + ": " + key + " has no source");
                }
                values.put(key, trimmed.substring(equals + 1, hash).strip());
                if (sources.put(key, source) != null) {
                    throw new IllegalArgumentException(name + " line " + lineNumber + ": " + key + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourcedValues(name, values, sources);
    }

    double number(String key) {
        String value = text(key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": " + key + " is not a number", e);
        }
    }

    int whole(String key) {
        double value = number(key);
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(name + ": " + key + " must be a whole number");
        }
        return (int) value;
    }

    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException(name + ": missing " + key);
        }
        return value;
    }

    /** Refuses any key the reader did not expect, e.g. a misspelt one that would otherwise be silently ignored. */
    public void requireOnly(Set<String> expected) {
        for (String key : values.keySet()) {
            if (!expected.contains(key)) {
                throw new IllegalArgumentException(name + ": unknown key " + key);
            }
        }
    }

    public Map<String, String> sources() {
        return sources;
    }
}

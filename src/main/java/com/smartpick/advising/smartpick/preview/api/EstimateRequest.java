package com.smartpick.advising.smartpick.preview.api;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.smartpick.advising.smartpick.preview.PreviewService;
import com.smartpick.advising.smartpick.preview.TryProfile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An estimate's body, read into the Try page's profile. Every field is read before anything is refused, so that one
 * answer names each bad field: what cannot be read (a word for a number, a code not in the list, a field the request
 * does not have) is found here, what is missing or out of bounds by the preview's own rules
 * ({@link PreviewService#problems}).
 *
 * @param unreadable a message for each field that could not be read, by its name in the body
 */
record EstimateRequest(TryProfile profile, Map<String, String> unreadable) {

    /** A request needs about 300 bytes; a longer body is not read any further. */
    static final int MAX_BYTES = 4096;

    /** Of a field given twice, which one counted would be the parser's choice. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** The body's names for the preview's fields, where they differ. */
    private static final Map<String, String> NAMES_IN_THE_BODY = Map.of("step2Ck", "step2ck", "visaNeed", "visa");

    static EstimateRequest read(InputStream body, String specialtiesPath) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "A request body is at most " + MAX_BYTES + " bytes.");
        }
        Fields fields = new Fields(object(bytes));
        TryProfile profile = new TryProfile(
                fields.choice("specialty", Specialty.class, "Unknown specialty code: use a code from GET "
                        + specialtiesPath + "."),
                fields.number("step2ck"), fields.number("attempts"), fields.number("graduationYear"),
                fields.choice("visa", VisaNeed.class, "Give one of " + Arrays.stream(VisaNeed.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")) + "."),
                fields.number("handsOnUsceMonths"), fields.number("observershipMonths"), fields.number("usLetters"),
                fields.number("researchItems"), Set.of(), fields.number("applications"));
        return new EstimateRequest(profile, fields.unreadableAndUnknown());
    }

    /** Each bad field's message, by its name in the body: what could not be read, then what the preview refuses. */
    Map<String, String> errors(Map<String, String> refused) {
        Map<String, String> errors = new LinkedHashMap<>(unreadable);
        refused.forEach((field, message) -> errors.putIfAbsent(NAMES_IN_THE_BODY.getOrDefault(field, field), message));
        return errors;
    }

    private static JsonNode object(byte[] body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException malformed) {
            // where, not what: the parser's own message quotes the body
            throw new InvalidInputException("body", "The body is not valid JSON (line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr() + "): send one JSON object, each field once.");
        }
        if (json == null || !json.isObject()) {
            throw new InvalidInputException("body", "Send one JSON object with the request's fields.");
        }
        return json;
    }

    /** The body's fields, read one by one; a field that cannot be read is left out of the profile, with why. */
    private static final class Fields {

        private final JsonNode json;
        private final Set<String> known = new HashSet<>();
        private final Map<String, String> unreadable = new LinkedHashMap<>();

        Fields(JsonNode json) {
            this.json = json;
        }

        /**
         * A whole number; one too large for an int counts as the largest int (or the smallest), which the preview's
         * bounds then refuse with their own message.
         */
        @Nullable Integer number(String name) {
            JsonNode value = field(name);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber()) {
                unreadable.put(name, "Give a whole number (a JSON number without a fraction or quotes).");
                return null;
            }
            return value.canConvertToInt() ? value.intValue()
                    : value.bigIntegerValue().signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        }

        <E extends Enum<E>> @Nullable E choice(String name, Class<E> type, String ask) {
            JsonNode value = field(name);
            if (value == null) {
                return null;
            }
            if (value.isString()) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(value.stringValue())) {
                        return constant;
                    }
                }
            }
            unreadable.put(name, ask);
            return null;
        }

        /** The field's value, or null when it is missing or null (the preview's rules say whether it may be). */
        private @Nullable JsonNode field(String name) {
            known.add(name);
            JsonNode value = json.get(name);
            return value == null || value.isNull() ? null : value;
        }

        Map<String, String> unreadableAndUnknown() {
            json.propertyNames().stream().filter(name -> !known.contains(name))
                    .forEach(name -> unreadable.put(name, "Not a field of this request."));
            return unreadable;
        }
    }
}

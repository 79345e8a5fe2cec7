package com.smartpick.advising.smartpick.preview.api;

/**
 * A specialty an estimate can be asked for.
 *
 * @param code what an estimate's {@code specialty} takes
 * @param name the specialty as NRMP's <i>Charting Outcomes</i> names it
 */
public record SpecialtyCode(String code, String name) {
}

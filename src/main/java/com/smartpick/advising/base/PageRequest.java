package com.smartpick.advising.base;

import java.util.List;

/**
 * One page of a lazy list: views speak in sort keys, repositories map each key to a column, so no view
 * ever names a database field.
 */
public record PageRequest(int offset, int limit, List<Sort> sorts) {

    public PageRequest {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        sorts = List.copyOf(sorts);
    }

    public record Sort(String key, boolean ascending) {
    }
}

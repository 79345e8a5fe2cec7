package com.smartpick.advising.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * A move on a record (a letter, an experience record, a list) with its rule: the permission it needs and the
 * record's state it needs. A service offers a viewer the moves open to them ({@link #openTo}) by the very rule its
 * commands refuse by, so a view shows a button exactly when the click would be accepted.
 *
 * @param <R> the record, as the viewer may see it
 */
public interface RecordAction<R> {

    Permission permission();

    /** Whether the viewer, who may see the record, may make this move on it now. */
    boolean isOpenTo(Viewer viewer, R record);

    /** The moves of this kind open to the viewer on the record. */
    static <R, A extends Enum<A> & RecordAction<R>> Set<A> openTo(Viewer viewer, R record, Class<A> kind) {
        Set<A> open = EnumSet.noneOf(kind);
        for (A action : kind.getEnumConstants()) {
            if (action.isOpenTo(viewer, record)) {
                open.add(action);
            }
        }
        return open;
    }
}

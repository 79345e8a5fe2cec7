package com.smartpick.advising.experience.ui;

import com.smartpick.advising.experience.ExperienceRecord;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.stream.Collectors;

/** The questions asked before a one-way step on a record, or one that may count the same experience twice. */
final class Confirm {

    static final String ID = "record-confirm";

    private Confirm() {
    }

    static void ask(String header, String text, String confirmText, boolean destructive, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, event -> action.run());
        dialog.setId(ID);
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.open();
    }

    /**
     * Runs {@code action} at once, or first asks, naming them, when there are records that look like the one at hand
     * (same type, institution, overlapping dates): the same experience entered twice would count twice.
     */
    static void unlessLookAlike(List<ExperienceRecord> alike, String header, String confirmText, Runnable action) {
        if (alike.isEmpty()) {
            action.run();
            return;
        }
        ask(header, "Same type, same institution, overlapping dates: " + alike.stream()
                .map(other -> other.details().describe() + ", " + standing(other))
                .collect(Collectors.joining("; ")) + ". If it is the same experience, keep one record instead.",
                confirmText, false, action);
    }

    private static String standing(ExperienceRecord record) {
        return switch (record.status()) {
            case DRAFT -> "a draft";
            case SUBMITTED -> "waiting for review";
            case VERIFIED -> "verified";
            case CHANGES_REQUESTED -> "sent back for changes";
        };
    }
}

package com.smartpick.advising.base.ui;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs what a user asked for and turns the failures a user can act on into plain words: field messages beside
 * the fields, the rest as an error toast. Nothing else is caught; unexpected failures reach the session's error
 * handler, which never shows a stack trace.
 */
public final class UserActions {

    private UserActions() {
    }

    /** @return true when the action went through */
    public static boolean attempt(Runnable action, Map<String, ? extends HasValidation> fields) {
        return result(() -> {
            action.run();
            return true;
        }, fields).isPresent();
    }

    public static boolean attempt(Runnable action) {
        return attempt(action, Map.of());
    }

    /**
     * {@link #attempt(Runnable, Map)} for an action that gives something back.
     *
     * @return what the action gave, or empty when it was refused (and the refusal shown)
     */
    public static <T> Optional<T> result(Supplier<T> action, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            return Optional.of(action.get());
        } catch (InvalidInputException e) {
            StringBuilder unplaced = new StringBuilder();
            e.fieldErrors().forEach((field, message) -> {
                HasValidation target = fields.get(field);
                if (target != null) {
                    target.setErrorMessage(message);
                    target.setInvalid(true);
                } else {
                    unplaced.append(message).append(' ');
                }
            });
            if (!unplaced.isEmpty()) {
                Notifications.error(unplaced.toString().strip());
            }
        } catch (StaleDataException | NotFoundException e) {
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error("You are not allowed to do that.");
        }
        return Optional.empty();
    }

    public static <T> Optional<T> result(Supplier<T> action) {
        return result(action, Map.of());
    }
}

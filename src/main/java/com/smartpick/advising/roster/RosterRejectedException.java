package com.smartpick.advising.roster;

import com.smartpick.advising.base.CsvProblem;
import com.smartpick.advising.base.InvalidInputException;
import java.util.List;

/** A roster file that breaks a rule somewhere: nothing of it was written, and every error is listed. */
public class RosterRejectedException extends InvalidInputException {

    private final List<CsvProblem> errors;

    public RosterRejectedException(List<CsvProblem> errors) {
        super("file", errors.size() == 1 ? "The file has 1 error; nothing was imported."
                : "The file has " + errors.size() + " errors; nothing was imported.");
        this.errors = List.copyOf(errors);
    }

    public List<CsvProblem> errors() {
        return errors;
    }
}

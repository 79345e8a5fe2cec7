package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.base.CsvProblem;
import java.util.List;

/**
 * What an import did: either refused whole with every problem found, or applied with how many programs it added
 * and changed, and how many it found already as the file says (left untouched).
 */
public record CatalogImport(List<CsvProblem> problems, int added, int changed, int unchanged) {

    public CatalogImport {
        problems = List.copyOf(problems);
    }

    static CatalogImport refused(List<CsvProblem> problems) {
        return new CatalogImport(problems, 0, 0, 0);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    public String summary() {
        return accepted() ? added + " added, " + changed + " changed, " + unchanged + " unchanged"
                : "refused: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s");
    }
}

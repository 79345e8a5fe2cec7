package com.smartpick.advising.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A grid whose rows open something (a student's page, a record, a letter). Vaadin's item click comes from the mouse
 * only, so without this a keyboard user could reach the row (Tab into the grid, arrow keys) but never open it: Enter on
 * the row's focused cell opens it too.
 */
public final class RowOpening {

    private RowOpening() {
    }

    public static <T> void onClickOrEnter(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(click -> open.accept(click.getItem()));
        AtomicReference<T> focused = new AtomicReference<>();
        // a header or footer cell has no item: Enter there does nothing
        grid.addCellFocusListener(focus -> focused.set(focus.getItem().orElse(null)));
        Shortcuts.addShortcutListener(grid, () -> {
            T row = focused.get();
            if (row != null) {
                open.accept(row);
            }
        }, Key.ENTER).listenOn(grid);
    }
}

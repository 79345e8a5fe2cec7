package com.smartpick.advising.unsaved.ui;

import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.unsaved.KeptText;
import com.smartpick.advising.unsaved.UnsavedTextService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Guards a long text field against a session that ends mid-edit: what its author types reaches the server at every
 * pause in typing (or every keystroke, for a field with a live counter) and is kept there for them; when they come back to the form, this notice offers it back and says
 * plainly what could not be kept. Put it above the field, and call {@link #saved()} once a save succeeded.
 */
public final class UnsavedTextGuard extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(UnsavedTextGuard.class);

    private final UnsavedTextService unsaved;
    private final String formKey;

    /** @param field holding the saved value of the form, as it was opened */
    public UnsavedTextGuard(UnsavedTextService unsaved, String formKey, TextArea field) {
        this(unsaved, formKey, field, field.getValue());
    }

    /**
     * For a form rebuilt while its author edits it (entries moved or removed): the field may already hold unsaved
     * text, which is then not offered back as if it were lost.
     *
     * @param savedValue what the record holds for this field now
     */
    public UnsavedTextGuard(UnsavedTextService unsaved, String formKey, TextArea field, String savedValue) {
        this.unsaved = unsaved;
        this.formKey = formKey;
        addClassName("kept-text");
        field.getId().ifPresent(id -> setId(id + "-kept"));
        setVisible(false);
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE || field.getValueChangeMode() == ValueChangeMode.ON_BLUR) {
            // a field that reports only on leaving it would lose everything typed in it
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                keep(change.getValue().equals(savedValue) ? "" : change.getValue());
            }
        });
        unsaved.kept(formKey).ifPresent(kept -> {
            if (kept.body().equals(savedValue)) {
                unsaved.forget(formKey);
            } else if (!kept.body().equals(field.getValue())) {
                offer(kept, field);
            }
        });
    }

    /** The text is on the record now: nothing left to keep. */
    public void saved() {
        forget();
    }

    private void forget() {
        unsaved.forget(formKey);
        setVisible(false);
    }

    private void keep(String text) {
        try {
            unsaved.keep(formKey, text);
        } catch (DataAccessException e) {
            // a convenience copy: a database hiccup must not interrupt typing with an error; the save itself reports
            LOG.warn("Could not keep unsaved text of {}: {}", formKey, e.toString());
        }
    }

    private void offer(KeptText kept, TextArea field) {
        Paragraph says = new Paragraph("Text you typed here (" + kept.body().length() + " characters, last on "
                + Dates.when(kept.keptAt()) + ") was never saved: the page was closed or your session ended. It was "
                + "kept for you. Anything typed after that moment did not reach the server and is lost.");
        Button restore = new Button("Restore the unsaved text", click -> {
            field.setValue(kept.body());
            setVisible(false);
        });
        restore.addClassName("kept-text-restore");
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button discard = new Button("Discard it", click -> forget());
        discard.addClassName("kept-text-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(says, new HorizontalLayout(restore, discard));
        setVisible(true);
    }
}

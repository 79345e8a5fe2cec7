package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.smartpick.rankedlist.Annotation;
import com.smartpick.advising.smartpick.rankedlist.AnnotationKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Asks for the words of an annotation (with its kind) or of an exclusion's reason, and saves them. */
class EntryDialog extends Dialog {

    private final TextArea text = new TextArea();

    interface AnnotationSave {
        void save(AnnotationKind kind, String text);
    }

    static EntryDialog annotation(String programName, @Nullable Annotation existing, AnnotationSave save, Runnable saved) {
        RadioButtonGroup<AnnotationKind> kind = new RadioButtonGroup<>("Kind");
        kind.setId("annotation-kind");
        kind.setItems(AnnotationKind.values());
        kind.setItemLabelGenerator(AnnotationKind::label);
        kind.setValue(existing == null ? AnnotationKind.NOTE : existing.kind());
        EntryDialog dialog = new EntryDialog((existing == null ? "Annotate " : "Edit annotation on ") + programName,
                "Annotation", text -> save.save(kind.getValue(), text), saved);
        if (existing != null) {
            dialog.text.setValue(existing.text());
        }
        dialog.addComponentAsFirst(kind);
        return dialog;
    }

    static EntryDialog exclusion(String programName, Consumer<String> save, Runnable saved) {
        return new EntryDialog("Exclude " + programName, "Reason (kept with the list)", save, saved);
    }

    private EntryDialog(String title, String label, Consumer<String> save, Runnable saved) {
        setHeaderTitle(title);
        text.setLabel(label);
        text.setId("entry-dialog-text");
        text.setWidth("28em");
        text.setMaxLength(1000);
        add(text);
        Button ok = new Button("Save", click -> {
            if (UserActions.attempt(() -> save.accept(text.getValue()), Map.of("text", text, "reason", text))) {
                close();
                saved.run();
            }
        });
        ok.setId("entry-dialog-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), ok);
    }
}

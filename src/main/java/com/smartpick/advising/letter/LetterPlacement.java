package com.smartpick.advising.letter;

/** How letters chosen once are placed on many programs at a time. */
public enum LetterPlacement {
    /** The chosen letters join what each program has. */
    ADD("Add them to what each program has"),
    /** Each program gets exactly the chosen letters (none: every letter taken back). */
    REPLACE("Make them each program's letters"),
    /** The chosen letters are taken back from each program; its others stay. */
    REMOVE("Take them back from each program");

    private final String label;

    LetterPlacement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

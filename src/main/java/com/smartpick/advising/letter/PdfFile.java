package com.smartpick.advising.letter;

/** A letter's PDF, ready to download. */
public record PdfFile(String fileName, byte[] content) {

    public PdfFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}

package com.smartpick.advising.letter.ui;

import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.PdfFile;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import java.io.ByteArrayInputStream;

/**
 * A letter's PDF as a download. It asks the service at the moment of the download, so whoever holds the link gets
 * exactly what the service gives them now: a refused letter answers 404, like a missing one.
 */
final class LetterPdfDownload implements InputStreamDownloadCallback {

    private final transient LetterService letters;
    private final long letterId;

    LetterPdfDownload(LetterService letters, long letterId) {
        this.letters = letters;
        this.letterId = letterId;
    }

    @Override
    public DownloadResponse complete(DownloadEvent event) {
        try {
            PdfFile file = letters.pdf(letterId);
            byte[] content = file.content();
            return new DownloadResponse(new ByteArrayInputStream(content), file.fileName(), "application/pdf", content.length);
        } catch (NotFoundException e) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
    }
}

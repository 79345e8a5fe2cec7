package com.smartpick.advising.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UploadedFileTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Test
    void a_file_is_judged_by_its_bytes_not_its_name() {
        assertThat(UploadedFile.check("file", "certificate.txt", PDF, 1000, Set.of(UploadedFile.Kind.PDF)).kind())
                .isEqualTo(UploadedFile.Kind.PDF);
        assertThatThrownBy(() -> UploadedFile.check("file", "certificate.pdf",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), 1000, Set.of(UploadedFile.Kind.PDF)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "This file is not PDF (judged by its content, not its name)."));
        assertThat(UploadedFile.check("file", "scan.pdf", PNG, 1000, Set.of(UploadedFile.Kind.PDF, UploadedFile.Kind.PNG)).kind())
                .isEqualTo(UploadedFile.Kind.PNG);
    }

    @Test
    void empty_and_oversized_files_are_refused_with_the_limit_named() {
        assertThatThrownBy(() -> UploadedFile.check("file", "a.pdf", new byte[0], 1000, Set.of(UploadedFile.Kind.PDF)))
                .hasMessage("The file is empty.");
        byte[] big = new byte[2 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> UploadedFile.check("file", "a.pdf", big, 1024 * 1024, Set.of(UploadedFile.Kind.PDF)))
                .hasMessage("The file is 2.0 MB; the limit is 1.0 MB.");
    }

    @Test
    void names_lose_paths_and_characters_that_could_break_a_header_or_a_page() {
        assertThat(UploadedFile.cleanName("..\\..\\etc/passwd\"<b>.pdf", UploadedFile.Kind.PDF)).isEqualTo("passwd__b_.pdf");
        assertThat(UploadedFile.cleanName("a\u0000b\r\n.pdf", UploadedFile.Kind.PDF)).isEqualTo("a_b__.pdf");
        assertThat(UploadedFile.cleanName("..", UploadedFile.Kind.PDF)).isEqualTo("file.pdf");
        assertThat(UploadedFile.cleanName("résumé 证书.pdf", UploadedFile.Kind.PDF)).isEqualTo("résumé 证书.pdf");
    }
}

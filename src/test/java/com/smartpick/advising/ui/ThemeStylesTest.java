package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The theme is one hand-written file that several branches append to; a brace lost in a merge makes every rule after
 * it part of a media query, silently (the tracker's figures lost their styling at desktop width that way).
 */
class ThemeStylesTest {

    private static final Path STYLES = Path.of("themes/advising/styles.css");

    @Test
    void every_block_of_the_theme_is_closed_and_no_merge_is_left_half_done() throws IOException {
        String css = Files.readString(STYLES).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\"[^\"\\n]*\"", "\"\"");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            line += c == '\n' ? 1 : 0;
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("a '}' with no block open, line %d (comments removed)", line).isNotNegative();
        }
        assertThat(depth).as("blocks left open at the end of the theme").isZero();
        assertThat(css).doesNotContain("<<<<<<<", ">>>>>>>");
    }
}

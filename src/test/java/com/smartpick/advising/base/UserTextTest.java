package com.smartpick.advising.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.HostileInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one rule of what does not belong in text, as each use applies it: a save drops it ({@link UserText#line}), an
 * import refuses the cell ({@link UserText#hasHidden}), a message quoting the text shows "?" ({@link UserText#excerpt}).
 */
class UserTextTest {

    @ParameterizedTest
    @MethodSource("com.smartpick.advising.support.HostileInputs#texts")
    void a_save_drops_exactly_what_an_import_refuses_and_a_message_masks(String hostile) {
        String line = UserText.line(hostile);
        String excerpt = UserText.excerpt(hostile);

        assertThat(UserText.hasHidden(line)).as("left in a saved line").isFalse();
        assertThat(UserText.multiline(hostile).codePoints().filter(UserText::isHidden).allMatch(c -> c == '\n' || c == '\t'))
                .as("left in saved lines, besides line breaks and tabs").isTrue();
        assertThat(UserText.hasHidden(excerpt)).as("left in a quoted excerpt").isFalse();
        assertThat(excerpt.codePointCount(0, excerpt.length())).isLessThanOrEqualTo(UserText.EXCERPT);
    }

    @Test
    void joiners_and_scripts_belong_in_text_direction_overrides_do_not() {
        assertThat(UserText.hasHidden(HostileInputs.ZERO_WIDTH_JOINER)).isFalse();
        assertThat(UserText.hasHidden(HostileInputs.RIGHT_TO_LEFT)).isFalse();
        assertThat(UserText.hasHidden(HostileInputs.RTL_OVERRIDE)).isTrue();
        assertThat(UserText.excerpt(HostileInputs.RTL_OVERRIDE)).isEqualTo("Dr. ?gnp.exe");
        assertThat(UserText.line("Cairo\u2028University")).isEqualTo("Cairo University");
        assertThat(UserText.multiline("Cairo\u2029University")).isEqualTo("Cairo\nUniversity");
    }
}

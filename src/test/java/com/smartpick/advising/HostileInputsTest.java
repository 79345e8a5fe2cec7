package com.smartpick.advising;

import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.PERSON;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.UploadedFile;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.profile.ApplicantProfile;
import com.smartpick.advising.profile.AreaPreference;
import com.smartpick.advising.profile.ExamResult;
import com.smartpick.advising.profile.ProfileRules;
import com.smartpick.advising.profile.ProfileService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.HostileInputs;
import com.smartpick.advising.support.HostileInputs.HostileFile;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.Html;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patterns of {@link HostileInputs} against the services that take text and files: each is refused with a field
 * message or stored cleaned, and the database is untouched beyond the one row. (The views show the stored text as
 * text: {@code ui/HostileInputViewTest}.)
 */
@AdvisingTest
@Transactional
class HostileInputsTest {

    private static final long ONE_MB = 1024 * 1024;

    @Autowired DSLContext db;
    @Autowired CohortService cohorts;
    @Autowired ProfileService profiles;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest
    @MethodSource("com.smartpick.advising.support.HostileInputs#texts")
    void a_hostile_cohort_name_is_stored_cleaned_as_plain_text_or_refused_at_the_field(String hostile) {
        SignIn.as(new TestData(db).person("Advisor", Role.ADVISOR));
        int people = db.fetchCount(PERSON);
        int cohortRows = db.fetchCount(COHORT);
        String expected = UserText.line(hostile);

        if (expected.isEmpty()) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> cohorts.create(hostile, "2027 Main Residency Match"));
            assertThat(refused.fieldErrors()).containsKey("name");
            return;
        }
        Cohort created = cohorts.create(hostile, "2027 Main Residency Match");

        String stored = cohorts.cohort(created.id()).name();
        assertThat(stored).isEqualTo(expected);
        assertThat(HostileInputs.hasForbiddenCharacters(stored)).as("forbidden characters in %s", stored).isFalse();
        assertThat(db.fetchCount(PERSON)).isEqualTo(people);
        assertThat(db.fetchCount(COHORT)).isEqualTo(cohortRows + 1);
    }

    @Test
    void markup_and_sql_are_kept_as_the_literal_text_typed() {
        SignIn.as(new TestData(db).person("Advisor", Role.ADVISOR));

        assertThat(cohorts.create(HostileInputs.SCRIPT_TAG, "2027").name()).isEqualTo(HostileInputs.SCRIPT_TAG);
        assertThat(cohorts.create(HostileInputs.SQL_DROP, "2027").name()).isEqualTo(HostileInputs.SQL_DROP);
        assertThat(cohorts.create(HostileInputs.EMOJI, "2027").name()).isEqualTo(HostileInputs.EMOJI);
        assertThat(cohorts.create(HostileInputs.ZERO_WIDTH_JOINER, "2027").name()).isEqualTo(HostileInputs.ZERO_WIDTH_JOINER);
        assertThat(cohorts.create(HostileInputs.RIGHT_TO_LEFT, "2027").name()).isEqualTo(HostileInputs.RIGHT_TO_LEFT);
    }

    @Test
    void invisible_characters_cannot_make_a_second_cohort_look_like_the_first() {
        SignIn.as(new TestData(db).person("Advisor", Role.ADVISOR));
        String name = TestData.unique("Harvard");
        cohorts.create(name, "2027 Main Residency Match");

        String lookalike = "\u200B" + name.substring(0, 2) + "\u200B" + name.substring(2) + "\uFEFF";
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> cohorts.create(lookalike, "2027 Main Residency Match"));
        assertThat(refused.fieldErrors()).containsKey("name");
    }

    @Test
    void combining_marks_are_composed_and_zalgo_is_cut_down() {
        assertThat(UserText.line(HostileInputs.COMBINING_MARKS)).isEqualTo("Université de Montréal");
        // ten marks on the Z, cut to four (NFC orders them by combining class, so which four is Unicode's choice)
        assertThat(UserText.line(HostileInputs.ZALGO)).startsWith("Z").endsWith("algo").hasSize(1 + 4 + 4);
        assertThat(UserText.multiline(HostileInputs.LINE_BREAKS)).isEqualTo("first line\nsecond line\tand a tab");
    }

    static Stream<Named<String>> oversizedNames() {
        return HostileInputs.oversized(CohortService.MAX_NAME);
    }

    @ParameterizedTest
    @MethodSource("oversizedNames")
    void an_oversized_cohort_name_is_refused_at_the_field(String oversized) {
        SignIn.as(new TestData(db).person("Advisor", Role.ADVISOR));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> cohorts.create(oversized, "2027 Main Residency Match"));
        assertThat(refused.fieldErrors()).containsEntry("name", "Keep the name within " + CohortService.MAX_NAME + " characters.");
    }

    @ParameterizedTest
    @MethodSource("com.smartpick.advising.support.HostileInputs#texts")
    void a_hostile_medical_school_is_stored_cleaned_or_refused_at_the_field(String hostile) {
        SignIn.as(new TestData(db).person("Student", Role.STUDENT));
        String expected = UserText.line(hostile);

        if (expected.isEmpty()) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> profiles.saveMyProfile(profile(hostile, "Philippines")));
            assertThat(refused.fieldErrors()).containsKey("medicalSchool");
            return;
        }
        ApplicantProfile saved = profiles.saveMyProfile(profile(hostile, "Philippines"));

        assertThat(saved.medicalSchool()).isEqualTo(expected);
        assertThat(HostileInputs.hasForbiddenCharacters(saved.medicalSchool())).isFalse();
    }

    static Stream<Named<String>> oversizedSchools() {
        return HostileInputs.oversized(ProfileRules.MAX_TEXT);
    }

    @ParameterizedTest
    @MethodSource("oversizedSchools")
    void an_oversized_medical_school_is_refused_at_the_field(String oversized) {
        SignIn.as(new TestData(db).person("Student", Role.STUDENT));

        assertThatThrownBy(() -> profiles.saveMyProfile(profile(oversized, "Philippines")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("medicalSchool"));
    }

    @Test
    void invisible_characters_cannot_slip_a_us_school_past_the_img_rule() {
        SignIn.as(new TestData(db).person("Student", Role.STUDENT));

        assertThatThrownBy(() -> profiles.saveMyProfile(profile("Some School", "U\u200BS\u202EA")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("schoolCountry"));
    }

    static Stream<Named<HostileFile>> hostileFiles() {
        return HostileInputs.files(ONE_MB);
    }

    @ParameterizedTest
    @MethodSource("hostileFiles")
    void an_upload_that_is_not_what_it_claims_or_too_big_is_refused_at_the_field(HostileFile file) {
        assertThatThrownBy(() -> UploadedFile.check("letter", file.name(), file.content(), ONE_MB,
                Set.of(UploadedFile.Kind.PDF, UploadedFile.Kind.PNG)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("letter"));
    }

    @Test
    void hostile_file_names_are_cleaned_to_a_plain_name() {
        byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        List<String> names = HostileInputs.fileNames().stream()
                .map(name -> UploadedFile.check("letter", name, pdf, ONE_MB, Set.of(UploadedFile.Kind.PDF)).fileName())
                .toList();

        assertThat(names).allSatisfy(name -> {
            assertThat(name).doesNotContain("/", "\\", "\"", "<", ">", "\u0000", "\u202E").isNotBlank();
            assertThat(name.length()).isLessThanOrEqualTo(UploadedFile.MAX_FILE_NAME);
            assertThat(HostileInputs.hasForbiddenCharacters(name)).isFalse();
        });
        assertThat(names).contains("passwd.pdf", "evil.pdf", "file.pdf");
    }

    /**
     * Vaadin's text components never interpret markup; the one component that does is {@link Html}. A view that must
     * show user-written HTML has to sanitize it with jsoup's {@code Safelist} first and be named here. Named so far:
     * the SmartPick chance chart, an SVG built from numbers and fixed labels only (no text a person typed).
     */
    @Test
    void no_view_renders_raw_html() {
        noClasses().that().doNotHaveFullyQualifiedName("com.smartpick.advising.smartpick.rankedlist.ui.ChanceChart")
                .should().dependOnClassesThat().areAssignableTo(Html.class)
                .because("user text is shown with text components; HTML must be sanitized with jsoup first")
                .check(ArchitectureTest.MAIN);
    }

    private ApplicantProfile profile(String school, String country) {
        ApplicantProfile mine = profiles.myProfile();
        return new ApplicantProfile(mine.studentId(), school, country, 2022, false, ExamResult.PASS, 1, 236, 1,
                ExamResult.NOT_TAKEN, VisaNeed.J1, List.of(), List.of(), AreaPreference.ANY, 1, mine.version());
    }
}

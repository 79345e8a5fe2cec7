package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.profile.ProfileService;
import com.smartpick.advising.profile.ui.MyProfileView;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyProfileViewTest extends ViewTest {

    @Autowired DSLContext db;
    @Autowired ProfileService profiles;

    @Test
    void bad_input_gets_messages_beside_the_fields_and_saves_nothing() {
        SignIn.as(new TestData(db).person("Student", Role.STUDENT));
        navigate("advising/profile", MyProfileView.class);
        test($(TextField.class).withId("school-country").single()).setValue("United States");
        test($(IntegerField.class).withId("graduation-year").single()).setValue(1900);
        test($(Button.class).withId("save-profile").single()).click();

        assertThat($(TextField.class).withId("medical-school").single().getErrorMessage()).isEqualTo("Enter your medical school.");
        assertThat($(TextField.class).withId("school-country").single().getErrorMessage()).contains("outside the US and Canada");
        assertThat($(IntegerField.class).withId("graduation-year").single().getErrorMessage()).contains("between 1970");
        assertThat(profiles.myProfile().isNew()).isTrue();
    }

    @Test
    void a_valid_profile_is_saved() {
        SignIn.as(new TestData(db).person("Student", Role.STUDENT));
        navigate("advising/profile", MyProfileView.class);
        test($(TextField.class).withId("medical-school").single()).setValue("University of Lagos");
        test($(TextField.class).withId("school-country").single()).setValue("Nigeria");
        test($(IntegerField.class).withId("graduation-year").single()).setValue(2021);
        test($(Button.class).withId("save-profile").single()).click();

        assertThat(profiles.myProfile().medicalSchool()).isEqualTo("University of Lagos");
    }
}

package com.smartpick.advising.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.smartpick.advising.base.InvalidInputException;
import com.nimbusds.jwt.PlainJWT;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.smartpick.advising.support.AdvisingTest;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class SignInTest {

    @Autowired PersonService people;

    @Test
    void realm_roles_come_from_the_access_token_and_keycloak_defaults_are_dropped() {
        String accessToken = new PlainJWT(new JWTClaimsSet.Builder()
                .claim("realm_access", Map.of("roles", List.of("default-roles-advising", "offline_access", "uma_authorization", "mentor")))
                .build()).serialize();
        assertThat(Role.fromNames(KeycloakUserService.roleNames(accessToken, Map.of("roles", List.of("ADVISOR")))))
                .containsExactlyInAnyOrder(Role.MENTOR, Role.ADVISOR);
        assertThat(Role.fromNames(KeycloakUserService.roleNames(accessToken, Map.of()))).containsExactly(Role.MENTOR);
    }

    @Test
    void a_person_row_is_created_at_first_sign_in_and_refreshed_at_the_next() {
        String subject = UUID.randomUUID().toString();
        Viewer first = people.signIn(new Identity(subject, "Dr. New Mentor", "new@hospital.invalid", true, Set.of(Role.MENTOR)));
        Viewer again = people.signIn(new Identity(subject, "Dr. Renamed Mentor", "renamed@hospital.invalid", true,
                Set.of(Role.MENTOR, Role.ADVISOR)));
        assertThat(again.personId()).isEqualTo(first.personId());
        assertThat(again.roles()).containsExactlyInAnyOrder(Role.MENTOR, Role.ADVISOR);
    }

    @Test
    void a_subject_that_names_an_imported_or_demo_person_is_refused() {
        for (String subject : List.of(PersonService.IMPORTED_SUBJECT_PREFIX + "someone@school.invalid",
                PersonService.DEMO_SUBJECT_PREFIX + "advisor")) {
            assertThatThrownBy(() -> people.signIn(new Identity(subject, "Impostor", null, false, Set.of(Role.ADMIN))))
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}

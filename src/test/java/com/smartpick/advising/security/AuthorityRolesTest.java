package com.smartpick.advising.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.AdvisingProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.core.authority.AuthorityUtils;

/** Which of a host's authorities grant which of the plugin's roles. */
class AuthorityRolesTest {

    @Test
    void by_default_spring_securitys_role_authorities_of_the_same_names_grant_the_roles() {
        AuthorityRoles roles = mapping(Map.of());

        assertThat(roles.of(AuthorityUtils.createAuthorityList("ROLE_ADVISOR", "ROLE_ADMIN", "ROLE_GUEST", "MENTOR")))
                .containsExactlyInAnyOrder(Role.ADVISOR, Role.ADMIN);
        assertThat(roles.of(AuthorityUtils.createAuthorityList("ROLE_advisor", "role_STUDENT"))).as("compared exactly")
                .isEmpty();
    }

    @Test
    void a_host_names_the_prefix_and_each_role_and_one_authority_may_grant_two_roles() {
        AuthorityRoles roles = mapping(Map.of("advising.security.authority-prefix", "", "advising.security.roles.advisor",
                "staff", "advising.security.roles.mentor", "staff", "advising.security.roles.student", "learners"));

        assertThat(roles.of(AuthorityUtils.createAuthorityList("staff"))).containsExactlyInAnyOrder(Role.ADVISOR, Role.MENTOR);
        assertThat(roles.of(AuthorityUtils.createAuthorityList("learners", "ADMIN"))).containsExactlyInAnyOrder(Role.STUDENT,
                Role.ADMIN);
        assertThat(roles.of(AuthorityUtils.createAuthorityList("ROLE_STUDENT"))).isEmpty();
    }

    private static AuthorityRoles mapping(Map<String, String> properties) {
        return new AuthorityRoles(new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("advising", AdvisingProperties.class));
    }
}

package com.smartpick.advising.security;

import com.smartpick.advising.base.AdvisingProperties;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The authorities of a host's users that stand for the plugin's roles: {@code advising.security.authority-prefix}
 * followed by the role's name under {@code advising.security.roles.*}, compared exactly. One authority may stand for
 * several roles.
 */
@Component
public class AuthorityRoles {

    private final Map<Role, String> authorities = new EnumMap<>(Role.class);

    AuthorityRoles(AdvisingProperties properties) {
        AdvisingProperties.Security security = properties.security();
        AdvisingProperties.Roles names = security.roles();
        authorities.put(Role.ADVISOR, security.authorityPrefix() + names.advisor());
        authorities.put(Role.MENTOR, security.authorityPrefix() + names.mentor());
        authorities.put(Role.STUDENT, security.authorityPrefix() + names.student());
        authorities.put(Role.ADMIN, security.authorityPrefix() + names.admin());
    }

    public Set<Role> of(Collection<? extends GrantedAuthority> granted) {
        Set<String> held = granted.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authorities.forEach((role, authority) -> {
            if (held.contains(authority)) {
                roles.add(role);
            }
        });
        return roles;
    }
}

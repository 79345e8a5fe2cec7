package com.smartpick.advising.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The portal's roles; Keycloak realm roles of the same names map onto them, anything else is ignored. */
public enum Role {
    ADVISOR, MENTOR, STUDENT, ADMIN;

    /** The role in words, as a person reads it beside their name: "Mentor". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * The one place identities map to roles: keeps the names we know, case-insensitively, and drops the rest
     * (Keycloak's {@code default-roles-<realm>}, {@code offline_access}, {@code uma_authorization}, …).
     */
    public static Set<Role> fromNames(Collection<?> names) {
        Set<String> wanted = names.stream().filter(Objects::nonNull)
                .map(n -> n.toString().trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        return Arrays.stream(values()).filter(r -> wanted.contains(r.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}

package com.smartpick.advising.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The context's strategy, and Spring Security's global one, are the test JVM's single one whatever context started last. */
@AdvisingTest
class SharedSecurityContextStrategyTest {

    @Autowired SecurityContextHolderStrategy strategy;

    @Test
    void a_context_keeps_sign_ins_where_every_other_context_does() {
        assertThat(strategy).isSameAs(SharedSecurityContextStrategy.SHARED);
        assertThat(SecurityContextHolder.getContextHolderStrategy()).isSameAs(SharedSecurityContextStrategy.SHARED);
    }
}

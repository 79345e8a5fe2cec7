package com.smartpick.advising.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.Mode;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app as its users get it from {@code mvn spring-boot:run} and from the jar: Vaadin in production mode with its
 * pre-built bundle, and no development tools, neither on a page nor on the classpath. The tests run on the default
 * build's own classpath and resources (target/classes with what the build put there, the runtime dependencies), the
 * ones spring-boot:run runs on: a development dependency back in the default build, or the production token gone from
 * it, fails here. (The same context as SecurityHeadersTest, so it is started once for both.)
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advising.embedded-db.data-dir=", "server.forward-headers-strategy=native"})
class ProductionModeTest {

    @LocalServerPort int port;
    @Autowired ServletContext servletContext;

    @ParameterizedTest
    @ValueSource(strings = {"/advising/try", "/advising/login"})
    void public_pages_carry_no_development_tools(String path) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("VAADIN/build/indexhtml-")
                .doesNotContainIgnoringCase("vaadin-dev-tools")
                .doesNotContainIgnoringCase("copilot")
                .doesNotContain("devToolsConf");
    }

    @Test
    void vaadin_runs_in_production_mode_on_its_pre_built_bundle() {
        ApplicationConfiguration vaadin = ApplicationConfiguration.get(new VaadinServletContext(servletContext));

        assertThat(vaadin.isProductionMode()).isTrue();
        assertThat(vaadin.getMode()).isEqualTo(Mode.PRODUCTION_PRECOMPILED_BUNDLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.vaadin.base.devserver.DevModeHandlerManagerImpl", "com.vaadin.copilot.Copilot",
            "org.springframework.boot.devtools.restart.Restarter"})
    void the_development_tools_are_not_on_the_classpath(String developmentOnly) {
        assertThatThrownBy(() -> Class.forName(developmentOnly)).isInstanceOf(ClassNotFoundException.class);
    }
}

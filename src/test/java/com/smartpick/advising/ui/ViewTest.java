package com.smartpick.advising.ui;

import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;

/**
 * Views without a browser, on the real services and database. The plugin's views carry no {@code @Route}; they are
 * registered by {@code AdvisingRoutes} under the configured prefix, as in the running app.
 */
@AdvisingTest
public abstract class ViewTest extends SpringBrowserlessTest {

    /**
     * The launcher's views only. {@code @ViewPackages} is not inherited: a subclass without one of its own has the whole
     * class path scanned, the test hosts' views and error views included.
     */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("com.smartpick.advising.standalone");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }
}

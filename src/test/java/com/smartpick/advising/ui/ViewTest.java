package com.smartpick.advising.ui;

import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.AfterEach;

/**
 * Views without a browser, on the real services and database. The plugin's views carry no {@code @Route}; they are
 * registered by {@code AdvisingRoutes} under the configured prefix, as in the running app.
 */
@AdvisingTest
@ViewPackages(packages = "com.smartpick.advising.standalone")
public abstract class ViewTest extends SpringBrowserlessTest {

    @AfterEach
    void signOut() {
        SignIn.out();
    }
}

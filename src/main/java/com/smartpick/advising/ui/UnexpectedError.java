package com.smartpick.advising.ui;

import com.smartpick.advising.base.Outages;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure while a page opens: logged in full with a short reference, shown as one sentence and that
 * reference. Replaces Vaadin's own page, which shows the stack trace in development mode. A database outage gets
 * its own words, since waiting is then the fix.
 */
@AnonymousAllowed
public class UnexpectedError extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedError.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        if (Outages.databaseUnreachable(failure)) {
            LOG.warn("Database unreachable while opening {}: {}", event.getLocation().getPath(), failure.toString());
            show(HttpStatusCode.SERVICE_UNAVAILABLE.getCode(), "Temporarily unavailable", Outages.DATABASE_MESSAGE, null);
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        LOG.error("{} failed opening /{} (reference {})", UnexpectedErrorHandler.request(), event.getLocation().getPath(),
                reference, failure);
        show(HttpStatusCode.INTERNAL_SERVER_ERROR.getCode(), "Something went wrong",
                "The page could not be opened because of an error on our side. It has been logged; please try again, "
                        + "and if it keeps happening, tell your advisor the reference below.", reference);
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}

package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which failures count as a malformed message from the browser (one line in the log) and which as a bug. */
class UnexpectedErrorHandlerTest {

    private static final String READER = "com.vaadin.flow.server.communication.ServerRpcHandler";

    @Test
    void thrown_by_vaadin_reading_the_message_it_is_a_malformed_message() {
        assertThat(UnexpectedErrorHandler.raisedReadingAMalformedMessage(thrownAt(
                READER + "#handleInvocationData", "java.util.ArrayList#forEach", READER + "#handleRpc",
                "com.vaadin.flow.server.VaadinService#handleRequest", "com.example.host.SomeFilter#doFilter")))
                .isTrue();
        assertThat(UnexpectedErrorHandler.raisedReadingAMalformedMessage(thrownAt(
                "tools.jackson.databind.JsonNode#intValue", READER + "$RpcRequest#<init>", READER + "#handleRpc")))
                .isTrue();
    }

    @Test
    void thrown_in_a_listener_of_ours_or_by_vaadin_at_our_call_it_is_a_bug() {
        assertThat(UnexpectedErrorHandler.raisedReadingAMalformedMessage(thrownAt(
                "com.smartpick.advising.cohort.ui.CohortsView#lambda$new$0",
                "com.vaadin.flow.component.ComponentEventBus#fireEvent",
                "com.vaadin.flow.server.communication.rpc.EventRpcHandler#handleNode", READER + "#handleRpc")))
                .isFalse();
        assertThat(UnexpectedErrorHandler.raisedReadingAMalformedMessage(thrownAt(
                "com.vaadin.flow.server.communication.rpc.MapSyncRpcHandler#handle",
                "com.smartpick.advising.ui.MainLayout#onAttach", READER + "#handleRpc")))
                .isFalse();
        assertThat(UnexpectedErrorHandler.raisedReadingAMalformedMessage(thrownAt(
                "com.vaadin.flow.router.Router#navigate", "com.vaadin.flow.server.VaadinService#handleRequest")))
                .as("not while a message was read").isFalse();
    }

    private static Throwable thrownAt(String... frames) {
        Throwable error = new IllegalArgumentException("test");
        StackTraceElement[] stack = new StackTraceElement[frames.length];
        for (int i = 0; i < frames.length; i++) {
            String[] typeAndMethod = frames[i].split("#");
            stack[i] = new StackTraceElement(typeAndMethod[0], typeAndMethod[1], null, -1);
        }
        error.setStackTrace(stack);
        return error;
    }
}

package dev.conveyor.adapter.rest.web;

import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import org.slf4j.MDC;

/**
 * The request's correlation id in the MDC of whichever thread works on the request, for as long as it does. Only
 * that one key is set and put back: Micronaut's {@code MdcPropagationContext} copies the thread's whole MDC map
 * twice each time the request's context is made current (and that happens many times per request), which the
 * profile of a read showed as 5 % of its CPU (docs/performance.md).
 */
record CorrelationIdInMdc(String id) implements ThreadPropagatedContextElement<String> {

    /**
     * Answers the id the thread had before, to put back when the request's work on it is done. Micronaut makes the
     * context current again inside scopes that already set it (each filter, each reactive signal): there the id is
     * in place and only read, not written.
     */
    @Override
    public String updateThreadContext() {
        String previous = MDC.get(CorrelationIds.MDC_KEY);
        if (!id.equals(previous)) {
            MDC.put(CorrelationIds.MDC_KEY, id);
        }
        return previous;
    }

    @Override
    public void restoreThreadContext(String previous) {
        if (previous == null) {
            MDC.remove(CorrelationIds.MDC_KEY);
        } else if (!previous.equals(MDC.get(CorrelationIds.MDC_KEY))) {
            MDC.put(CorrelationIds.MDC_KEY, previous);
        }
    }
}

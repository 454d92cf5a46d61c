package dev.conveyor.adapter.rest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.core.propagation.PropagatedContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A request's context, made current on a thread, sets the correlation id there and puts back what was before. */
class CorrelationIdInMdcTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void theIdIsSetWhileTheContextIsCurrentAndRemovedAfter() {
        MDC.put("other", "kept");
        try (PropagatedContext.Scope ignored = PropagatedContext.empty().plus(new CorrelationIdInMdc("request-1"))
                .propagate()) {
            assertEquals("request-1", MDC.get(CorrelationIds.MDC_KEY));
            assertEquals("kept", MDC.get("other"));
        }
        assertNull(MDC.get(CorrelationIds.MDC_KEY));
        assertEquals("kept", MDC.get("other"));
    }

    @Test
    void aNestedContextPutsBackTheOuterId() {
        try (PropagatedContext.Scope outer = PropagatedContext.empty().plus(new CorrelationIdInMdc("outer"))
                .propagate()) {
            try (PropagatedContext.Scope inner = PropagatedContext.empty().plus(new CorrelationIdInMdc("inner"))
                    .propagate()) {
                assertEquals("inner", MDC.get(CorrelationIds.MDC_KEY));
            }
            assertEquals("outer", MDC.get(CorrelationIds.MDC_KEY));
        }
        assertNull(MDC.get(CorrelationIds.MDC_KEY));
    }

    @Test
    void theSameContextMadeCurrentAgainLeavesTheIdInPlaceAndPutsItBackIfRemovedInside() {
        PropagatedContext context = PropagatedContext.empty().plus(new CorrelationIdInMdc("request-1"));
        try (PropagatedContext.Scope outer = context.propagate()) {
            try (PropagatedContext.Scope inner = context.propagate()) {
                assertEquals("request-1", MDC.get(CorrelationIds.MDC_KEY));
            }
            assertEquals("request-1", MDC.get(CorrelationIds.MDC_KEY));
            try (PropagatedContext.Scope inner = context.propagate()) {
                // a log line's own MDC.putCloseable of the id removes it when it closes
                MDC.remove(CorrelationIds.MDC_KEY);
            }
            assertEquals("request-1", MDC.get(CorrelationIds.MDC_KEY));
        }
        assertNull(MDC.get(CorrelationIds.MDC_KEY));
    }
}

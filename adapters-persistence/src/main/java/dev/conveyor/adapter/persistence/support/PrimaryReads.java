package dev.conveyor.adapter.persistence.support;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;

/**
 * Put in a request's propagated context when its caller changed something a moment ago: its
 * staleness-tolerant reads then go to the primary, so that the caller reads its own writes even while the
 * replica has not replayed them yet.
 */
public enum PrimaryReads implements PropagatedContextElement {
    REQUESTED;

    static boolean requested() {
        return PropagatedContext.find().flatMap(context -> context.find(PrimaryReads.class)).isPresent();
    }
}

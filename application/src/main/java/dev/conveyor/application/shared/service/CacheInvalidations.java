package dev.conveyor.application.shared.service;

import dev.conveyor.application.shared.port.out.CacheInvalidation;
import dev.conveyor.application.shared.port.out.CachePort;
import dev.conveyor.domain.event.DomainEvent;
import java.util.List;

/**
 * Drops what a committed change made stale, before anyone is told about the
 * change: whoever reads after the writer's response or after a live
 * notification reads from the database.
 */
public final class CacheInvalidations {

    private static final System.Logger LOG = System.getLogger(CacheInvalidations.class.getName());

    private final CachePort cache;

    public CacheInvalidations(CachePort cache) {
        this.cache = cache;
    }

    public void afterCommit(List<DomainEvent> events) {
        CacheInvalidation invalidation = CacheInvalidationPolicy.of(events);
        if (invalidation.isEmpty()) {
            return;
        }
        try {
            cache.invalidate(invalidation);
        } catch (RuntimeException e) {
            // the change is committed; failing the request now would only make the client retry it
            LOG.log(System.Logger.Level.WARNING, "cache invalidation failed; entries expire with their TTL", e);
        }
    }
}

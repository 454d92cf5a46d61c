package dev.conveyor.adapter.rest;

import dev.conveyor.adapter.rest.web.CorrelationIds;
import dev.conveyor.application.limits.port.in.AdmitRequestUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.MDC;

/**
 * Admits every request: the REST tests are about what the routes answer, not how often (bootstrap tests that).
 * It remembers what it was asked to count, where: a count may be a Redis round trip, never on the event loop.
 */
@Singleton
public final class FakeLimits implements AdmitRequestUseCase {

    /** One request counted: its kind, the caller's correlation id, the MDC's and the thread it was counted on. */
    public record Admission(RequestKind kind, String correlationId, String mdcCorrelationId, String thread) {
    }

    private final List<Admission> admissions = new CopyOnWriteArrayList<>();

    @Override
    public void admit(Actor actor, RequestKind kind, String clientAddress) {
        admissions.add(new Admission(kind, actor.correlationId(), MDC.get(CorrelationIds.MDC_KEY),
                Thread.currentThread().getName()));
    }

    public List<Admission> admissions() {
        return List.copyOf(admissions);
    }

    public void reset() {
        admissions.clear();
    }
}

package dev.conveyor.adapter.rest;

import dev.conveyor.application.limits.port.in.AdmitRequestUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import jakarta.inject.Singleton;

/** Admits every request: the REST tests are about what the routes answer, not how often (bootstrap tests that). */
@Singleton
public final class FakeLimits implements AdmitRequestUseCase {

    @Override
    public void admit(Actor actor, RequestKind kind, String clientAddress) {
        // every request passes
    }
}

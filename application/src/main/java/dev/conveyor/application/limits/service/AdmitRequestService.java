package dev.conveyor.application.limits.service;

import dev.conveyor.application.limits.port.in.AdmitRequestUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.TooManyRequestsException;
import dev.conveyor.application.shared.port.out.RateLimitPort;

final class AdmitRequestService implements AdmitRequestUseCase {

    private final RateLimitPort rateLimits;
    private final RequestLimits limits;

    AdmitRequestService(RateLimitPort rateLimits, RequestLimits limits) {
        this.rateLimits = rateLimits;
        this.limits = limits;
    }

    @Override
    public void admit(Actor actor, RequestKind kind, String clientAddress) {
        if (!limits.enabled()) {
            return;
        }
        RequestLimits.Limit limit = limits.of(kind);
        String caller = actor.kind() == Actor.Kind.USER ? "user:" + actor.userId().value()
                : "address:" + (clientAddress == null ? "unknown" : clientAddress);
        rateLimits.tryAcquire("request:" + kind.key() + ":" + caller, limit.capacity(), limit.period())
                .ifPresent(retryAfter -> {
                    throw new TooManyRequestsException("too many requests of the kind " + kind.key() + " ("
                            + limit.capacity() + " per " + limit.period() + "); retry in "
                            + Math.max(1, retryAfter.toSeconds()) + " s", retryAfter);
                });
    }
}

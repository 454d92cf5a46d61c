package dev.conveyor.application.limits.service;

import dev.conveyor.application.limits.port.in.AdmitRequestUseCase;
import dev.conveyor.application.shared.service.SharedServices;

/** Request limits, assembled in plain Java like every feature. */
public final class LimitServices {

    private final AdmitRequestUseCase admitRequest;

    public LimitServices(SharedServices shared, RequestLimits limits) {
        admitRequest = new AdmitRequestService(shared.ports().rateLimits(), limits);
    }

    public AdmitRequestUseCase admitRequest() {
        return admitRequest;
    }
}

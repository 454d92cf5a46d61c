package dev.conveyor.application.service;

import java.time.Duration;

/**
 * @param cancellationWindow  how long a customer may cancel a new order
 * @param idempotencyRetention how long an Idempotency-Key is remembered
 * @param refreshTokenLifetime how long a refresh token may be used
 */
public record CoreSettings(Duration cancellationWindow, Duration idempotencyRetention, Duration refreshTokenLifetime,
                           LoginLimits loginLimits) {

    public static CoreSettings defaults() {
        return new CoreSettings(Duration.ofSeconds(60), Duration.ofHours(24), Duration.ofDays(14),
                new LoginLimits(10, 100, Duration.ofMinutes(5)));
    }

    public CoreSettings withCancellationWindow(Duration window) {
        return new CoreSettings(window, idempotencyRetention, refreshTokenLifetime, loginLimits);
    }

    public CoreSettings withLoginLimits(LoginLimits limits) {
        return new CoreSettings(cancellationWindow, idempotencyRetention, refreshTokenLifetime, limits);
    }
}

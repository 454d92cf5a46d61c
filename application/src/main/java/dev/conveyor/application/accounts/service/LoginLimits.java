package dev.conveyor.application.accounts.service;

import java.time.Duration;

/** Login attempts allowed per account and per client address within one window. */
public record LoginLimits(int perAccount, int perAddress, Duration window) {
}

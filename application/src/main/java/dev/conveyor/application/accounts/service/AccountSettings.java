package dev.conveyor.application.accounts.service;

import java.time.Duration;

/**
 * @param refreshTokenLifetime how long a refresh token may be used
 * @param loginLimits          how many logins an account and an address may try
 */
public record AccountSettings(Duration refreshTokenLifetime, LoginLimits loginLimits) {
}

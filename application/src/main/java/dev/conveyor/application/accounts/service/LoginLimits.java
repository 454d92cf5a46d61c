package dev.conveyor.application.accounts.service;

import java.time.Duration;

/**
 * Login attempts allowed within one window (token buckets: a burst of that many, refilled over the window).
 *
 * @param perAccount           on one account from one client address: what stops guessing from one place, and
 *                             what a stranger can use up without touching the account's owner elsewhere
 * @param perAccountEverywhere on one account from all addresses together: the ceiling against guessing spread
 *                             over many addresses, higher so that locking an owner out takes that many addresses
 * @param perAddress           from one client address, whatever the accounts
 */
public record LoginLimits(int perAccount, int perAccountEverywhere, int perAddress, Duration window) {
}

package dev.conveyor.application.shared.port.out;

import dev.conveyor.domain.shared.Money;

/**
 * What a paid order's own read shows of its payment ledger, as cached: the balance, and the version of the
 * order it was worked out for. Payments do not always change the order, so the version does not identify the
 * balance; it only lets a reader refuse a balance next to an order of another version (an order and its
 * balance cached at different moments between two invalidations).
 *
 * @param balance still owed (positive) or paid beyond what is due (negative)
 */
public record OrderBalance(long orderVersion, Money balance) {
}

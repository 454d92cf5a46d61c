package dev.conveyor.application.limits.port.in;

import java.util.Locale;

/**
 * The groups of requests limited together, each with its own token bucket per
 * caller. Logging in is limited by its own use case, per account and address.
 */
public enum RequestKind {
    /** Reading the public catalogue: searches and product pages. */
    SEARCH,
    /** Changing the cart, and copying an old order into it. */
    CART,
    /** Placing an order, directly or by checking the cart out. */
    ORDERS,
    /** Opening a card payment at the payment gateway. */
    PAYMENT_INTENTS,
    /** Exchanging a refresh token for a new session. */
    REFRESH,
    /** Creating an account. */
    SIGNUP,
    /** Every other change. */
    WRITES;

    /** The name in configuration and in messages, e.g. {@code payment-intents}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

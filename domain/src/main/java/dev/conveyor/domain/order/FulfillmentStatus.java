package dev.conveyor.domain.order;

/** Derived from the line quantities; never set directly. */
public enum FulfillmentStatus {
    UNFULFILLED,
    PARTIALLY_SHIPPED,
    SHIPPED,
    PARTIALLY_DELIVERED,
    DELIVERED
}

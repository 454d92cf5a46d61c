package dev.conveyor.domain.catalog;

/**
 * Units in the warehouse ({@code onHand}) and units promised to open orders
 * ({@code reserved}). What can still be sold is the difference, never negative.
 */
public record Stock(int onHand, int reserved) {

    public Stock {
        if (onHand < 0 || reserved < 0 || reserved > onHand) {
            throw new IllegalArgumentException("invalid stock: onHand=" + onHand + ", reserved=" + reserved);
        }
    }

    public static Stock of(int onHand) {
        return new Stock(onHand, 0);
    }

    public int available() {
        return onHand - reserved;
    }

    public boolean canReserve(int quantity) {
        return quantity > 0 && quantity <= available();
    }

    public Stock reserve(int quantity) {
        if (!canReserve(quantity)) {
            throw new IllegalArgumentException("cannot reserve " + quantity + " of " + available() + " available");
        }
        return new Stock(onHand, reserved + quantity);
    }

    public Stock release(int quantity) {
        requirePositive(quantity);
        return new Stock(onHand, reserved - quantity);
    }

    /** Shipping takes reserved units out of the warehouse. */
    public Stock ship(int quantity) {
        requirePositive(quantity);
        return new Stock(onHand - quantity, reserved - quantity);
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }

    public Stock withOnHand(int newOnHand) {
        return new Stock(newOnHand, reserved);
    }
}

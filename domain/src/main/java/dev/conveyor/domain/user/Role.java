package dev.conveyor.domain.user;

public enum Role {
    /** Signs up by themselves, places and follows their own orders. */
    CUSTOMER,
    /** A shopkeeper: owns products, sees only the order lines holding them. */
    SELLER,
    /** An employee: confirms, delivers, invoices, takes payments. */
    STAFF,
    /** Everything, including user management. */
    ADMIN;

    public boolean isBackOffice() {
        return this == STAFF || this == ADMIN;
    }
}

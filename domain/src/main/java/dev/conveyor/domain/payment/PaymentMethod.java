package dev.conveyor.domain.payment;

/** How the money came: a card through a payment gateway, or by hand, recorded by staff. */
public enum PaymentMethod {
    CARD,
    CASH,
    BANK_TRANSFER,
    CASH_ON_DELIVERY;

    /** Staff record these themselves; cards are recorded when the gateway reports the money taken. */
    public boolean isManual() {
        return this != CARD;
    }
}

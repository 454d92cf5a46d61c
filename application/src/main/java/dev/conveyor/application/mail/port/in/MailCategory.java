package dev.conveyor.application.mail.port.in;

/**
 * What a mail is about, the unit a person opts out of. Transactional mail answers something the person did
 * (their account, their orders) and always goes out; the alerts are for the shop's people and can be turned off.
 */
public enum MailCategory {
    ACCOUNT(true),
    ORDERS(true),
    STOCK_ALERTS(false),
    PAYMENT_ALERTS(false),
    INTEGRATION_ALERTS(false);

    private final boolean transactional;

    MailCategory(boolean transactional) {
        this.transactional = transactional;
    }

    public boolean transactional() {
        return transactional;
    }
}

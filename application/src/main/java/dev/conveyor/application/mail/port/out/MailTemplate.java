package dev.conveyor.application.mail.port.out;

import dev.conveyor.application.mail.port.in.MailCategory;

/** The mails Conveyor sends; each is an HTML and a plain-text template of the same name, and its category. */
public enum MailTemplate {
    WELCOME("welcome", MailCategory.ACCOUNT),
    ORDER_PLACED("order-placed", MailCategory.ORDERS),
    ORDER_CONFIRMED("order-confirmed", MailCategory.ORDERS),
    ORDER_SHIPPED("order-shipped", MailCategory.ORDERS),
    ORDER_DELIVERED("order-delivered", MailCategory.ORDERS),
    INVOICE_ISSUED("invoice-issued", MailCategory.ORDERS),
    REFUND_ISSUED("refund-issued", MailCategory.ORDERS),
    LOW_STOCK("low-stock", MailCategory.STOCK_ALERTS),
    OUT_OF_STOCK("out-of-stock", MailCategory.STOCK_ALERTS),
    PAYMENT_FAILED("payment-failed", MailCategory.PAYMENT_ALERTS),
    WEBHOOK_DISABLED("webhook-disabled", MailCategory.INTEGRATION_ALERTS);

    private final String fileName;
    private final MailCategory category;

    MailTemplate(String fileName, MailCategory category) {
        this.fileName = fileName;
        this.category = category;
    }

    /** The templates' file name without extension, e.g. {@code order-placed}. */
    public String fileName() {
        return fileName;
    }

    public MailCategory category() {
        return category;
    }
}

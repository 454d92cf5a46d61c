package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceLine;
import dev.conveyor.domain.invoice.InvoiceStatus;
import dev.conveyor.domain.pricing.InvoiceShare;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * @param billTo the order's shipping address, where the invoice is addressed
 * @param price  what it charges of the order's price: per line net and tax, shipping, sums per rate
 */
public record InvoiceView(UUID id, String number, UUID orderId, String orderNumber, UUID deliveryId,
                          String deliveryNumber, UUID customerId, Address billTo, List<InvoiceLine> lines,
                          InvoiceShare price, Money total, Money amountPaid, Money outstanding, InvoiceStatus status, Instant issuedAt,
                          Instant paidAt, Instant voidedAt, long version) {

    public static InvoiceView of(Invoice invoice, Address billTo) {
        return new InvoiceView(invoice.id().value(), invoice.number().value(), invoice.orderId().value(),
                invoice.orderNumber(), invoice.deliveryId().value(), invoice.deliveryNumber(),
                invoice.customerId().value(), billTo, invoice.lines(), invoice.price(), invoice.total(), invoice.amountPaid(),
                invoice.outstanding(), invoice.status(), invoice.issuedAt(), invoice.paidAt(), invoice.voidedAt(),
                invoice.version());
    }
}

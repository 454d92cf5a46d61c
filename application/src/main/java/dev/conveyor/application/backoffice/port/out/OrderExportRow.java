package dev.conveyor.application.backoffice.port.out;

import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.shared.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * One order as the export writes it: a flat row, no lines.
 *
 * @param lines number of order lines
 * @param units units ordered over all lines
 * @param net      the total without tax
 * @param shipping the shipping charge with its tax (gross), zero without a shipping method
 * @param discount what promotions took off the lines and the shipping
 * @param paid     payments received less refunds, in the order's currency
 */
public record OrderExportRow(UUID id, String number, Instant placedAt, Instant confirmedAt, Instant cancelledAt,
                             Instant updatedAt, UUID customerId, String customerEmail, String customerName,
                             OrderStatus status, PaymentStatus paymentStatus, FulfillmentStatus fulfillmentStatus,
                             int progress, int lines, long units, Money total, Money net, Money tax,
                             Money shipping, Money discount, Money paid, String shipCity,
                             String shipCountry) {
}

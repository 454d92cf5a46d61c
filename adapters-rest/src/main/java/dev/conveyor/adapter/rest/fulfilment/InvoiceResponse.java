package dev.conveyor.adapter.rest.fulfilment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.AddressResponse;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.domain.invoice.InvoiceStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * @param total       the gross charged: its lines' share of the order's price and shipping on the first invoice
 * @param price       per line net and tax, shipping, sums per tax rate
 * @param outstanding what is still to be paid on it; zero when paid or void
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InvoiceResponse(UUID id, String number, UUID orderId, String orderNumber, UUID deliveryId,
                              String deliveryNumber, UUID customerId, AddressResponse billTo,
                              List<InvoiceLineResponse> lines, InvoicePriceResponse price, MoneyResponse total, MoneyResponse amountPaid,
                              MoneyResponse outstanding, InvoiceStatus status, Instant issuedAt, @Nullable Instant paidAt,
                              @Nullable Instant voidedAt, long version) {

    /** @param total the units at the list price, before discounts (and before tax when prices are net) */
    @Serdeable
    public record InvoiceLineResponse(int lineNo, String sku, String name, MoneyResponse unitPrice, int quantity,
                                      MoneyResponse total) {
    }
}

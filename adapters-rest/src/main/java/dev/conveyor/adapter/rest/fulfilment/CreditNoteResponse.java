package dev.conveyor.adapter.rest.fulfilment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.AddressResponse;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.adapter.rest.pricing.PriceBreakdownResponse;
import dev.conveyor.domain.creditnote.CreditNoteLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A credit note: what a refund gave back, correcting the order's invoices. Amounts of lines and taxes in
 * minor units of {@code total}'s currency. A seller sees only their own lines (and totals of those).
 *
 * @param invoices the invoices it corrects, oldest first; empty when nothing had been invoiced
 * @param total    the gross given back
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CreditNoteResponse(UUID id, String number, UUID orderId, String orderNumber, UUID customerId,
                                 AddressResponse billTo, List<InvoiceRef> invoices, List<Line> lines,
                                 List<PriceBreakdownResponse.RateTotal> taxes, MoneyResponse net, MoneyResponse tax,
                                 MoneyResponse total, @Nullable String reason, @Nullable UUID issuedBy,
                                 Instant issuedAt) {

    @Serdeable
    public record InvoiceRef(UUID id, String number) {
    }

    /**
     * @param lineNo   the order line given back; 0 for shipping and goodwill
     * @param quantity units of the line; 0 for shipping and goodwill
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Line(@Schema(implementation = CreditNoteLine.Kind.class) String kind, int lineNo,
                       String description, int quantity, long net, long tax, long gross,
                       PriceBreakdownResponse.Rate rate) {

        static Line of(CreditNoteLine line) {
            return new Line(line.kind().name(), line.lineNo(), line.description(), line.quantity(), line.net(),
                    line.tax(), line.gross(), PriceBreakdownResponse.Rate.of(line.rate()));
        }
    }
}

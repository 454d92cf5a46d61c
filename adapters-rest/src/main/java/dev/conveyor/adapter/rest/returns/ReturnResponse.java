package dev.conveyor.adapter.rest.returns;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnLine;
import dev.conveyor.domain.returns.ReturnStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A return (RMA) of delivered units.
 *
 * @param decisionReason why it was rejected; null otherwise
 * @param creditNoteId   the credit note of its refund; null until refunded
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReturnResponse(UUID id, String number, UUID orderId, String orderNumber, UUID customerId,
                             @Schema(implementation = ReturnStatus.class) String status, List<Line> lines,
                             @Nullable UUID openedBy, Instant openedAt, @Nullable String decisionReason,
                             @Nullable UUID creditNoteId, Instant updatedAt) {

    /** @param disposition RESTOCK or WRITE_OFF; null until the return is received */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Line(int lineNo, UUID productId, UUID sellerId, int quantity, String reason,
                       @Nullable @Schema(description = "RESTOCK or WRITE_OFF; null until received") String disposition) {

        static Line of(ReturnLine line) {
            return new Line(line.lineNo(), line.productId().value(), line.sellerId().value(), line.quantity(),
                    line.reason(), line.disposition() == null ? null : line.disposition().name());
        }
    }

    static ReturnResponse of(Return rma) {
        return new ReturnResponse(rma.id().value(), rma.number().value(), rma.orderId().value(), rma.orderNumber(),
                rma.customerId().value(), rma.status().name(), rma.lines().stream().map(Line::of).toList(),
                rma.openedBy() == null ? null : rma.openedBy().value(), rma.openedAt(), rma.decisionReason(),
                rma.creditNoteId(), rma.updatedAt());
    }
}

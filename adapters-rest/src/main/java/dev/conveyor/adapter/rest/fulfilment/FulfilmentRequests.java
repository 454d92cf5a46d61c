package dev.conveyor.adapter.rest.fulfilment;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.MoneyRequest;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase.ChangeDeliveryStatusCommand;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreateDeliveryCommand;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordPaymentCommand;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase.RefundOrderCommand;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase.RefundCommand;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The request bodies of the fulfilment routes; each names a bad value by its JSON path. */
public final class FulfilmentRequests {

    private FulfilmentRequests() {
    }

    /** @param lines units per order line; omitted or empty for everything that remains */
    @Serdeable
    public record CreateDeliveryRequest(@Nullable List<DeliveryLineRequest> lines, @Nullable String carrier,
                                        @Nullable String trackingNumber) implements JsonRequest {

        CreateDeliveryCommand toCommand() {
            List<CreateDeliveryUseCase.Line> commandLines = new ArrayList<>();
            if (lines != null) {
                for (int i = 0; i < lines.size(); i++) {
                    String field = "lines[" + i + "]";
                    DeliveryLineRequest line = Check.notNull(field, lines.get(i));
                    int lineNo = Inputs.wholeInt(field + ".lineNo", line.lineNo());
                    int quantity = Inputs.wholeInt(field + ".quantity", line.quantity());
                    commandLines.add(Inputs.nested(field, () -> new CreateDeliveryUseCase.Line(lineNo, quantity)));
                }
            }
            return new CreateDeliveryCommand(commandLines, carrier, trackingNumber);
        }
    }

    @Serdeable
    public record DeliveryLineRequest(@Nullable @Schema(type = "integer") BigDecimal lineNo,
                                      @Nullable @Schema(type = "integer") BigDecimal quantity) {
    }

    @Serdeable
    public record ChangeDeliveryStatusRequest(@Nullable @Schema(implementation = DeliveryStatus.class) String status,
                                              @Nullable String carrier, @Nullable String trackingNumber,
                                              @Nullable String reason) implements JsonRequest {

        ChangeDeliveryStatusCommand toCommand() {
            return new ChangeDeliveryStatusCommand(Inputs.enumValue("status", status, DeliveryStatus.class), carrier,
                    trackingNumber, reason);
        }
    }

    /** @param invoiceId omitted for an advance on the order */
    @Serdeable
    public record RecordPaymentRequest(@Nullable @Schema(implementation = PaymentMethod.class) String method,
                                       @Nullable MoneyRequest amount,
                                       @Nullable @Schema(format = "uuid") String invoiceId,
                                       @Nullable String reference, @Nullable String note) implements JsonRequest {

        RecordPaymentCommand toCommand() {
            UUID invoice = Inputs.optionalUuid("invoiceId", invoiceId);
            return new RecordPaymentCommand(Inputs.enumValue("method", method, PaymentMethod.class),
                    MoneyRequest.toMoney("amount", amount), invoice == null ? null : new InvoiceId(invoice),
                    reference, note);
        }
    }

    /** @param amount omitted for everything the payment can still give back */
    @Serdeable
    public record RefundRequest(@Nullable MoneyRequest amount, @Nullable String reason) implements JsonRequest {

        RefundCommand toCommand() {
            return new RefundCommand(amount == null ? null : MoneyRequest.toMoney("amount", amount), reason);
        }
    }

    /**
     * Either {@code amountMinor} (an amount in the order's currency, as goodwill) or {@code lines} and/or
     * {@code shipping}.
     */
    @Serdeable
    public record RefundOrderRequest(
            @Nullable @Schema(type = "integer", format = "int64", example = "500") BigDecimal amountMinor,
            @Nullable List<DeliveryLineRequest> lines, @Nullable Boolean shipping, @Nullable String reason)
            implements JsonRequest {

        RefundOrderCommand toCommand() {
            List<RefundOrderUseCase.Line> commandLines = new ArrayList<>();
            if (lines != null) {
                for (int i = 0; i < lines.size(); i++) {
                    String field = "lines[" + i + "]";
                    DeliveryLineRequest line = Check.notNull(field, lines.get(i));
                    commandLines.add(new RefundOrderUseCase.Line(Inputs.wholeInt(field + ".lineNo", line.lineNo()),
                            Inputs.wholeInt(field + ".quantity", line.quantity())));
                }
            }
            Long amount = amountMinor == null ? null : Inputs.wholeLong("amountMinor", amountMinor);
            return new RefundOrderCommand(amount, commandLines, Boolean.TRUE.equals(shipping), reason);
        }
    }
}

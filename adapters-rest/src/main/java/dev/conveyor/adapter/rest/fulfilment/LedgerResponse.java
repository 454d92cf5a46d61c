package dev.conveyor.adapter.rest.fulfilment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.payment.PaymentAttemptStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order's payment ledger.
 *
 * @param balance  due less what was paid net of refunds; negative when the customer has credit
 * @param attempts card payments opened at a gateway, with the furthest status it reported
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LedgerResponse(UUID orderId, String orderNumber, PaymentStatus paymentStatus, MoneyResponse due,
                             MoneyResponse paid, MoneyResponse refunded, MoneyResponse balance,
                             List<PaymentResponse> entries, List<AttemptResponse> attempts) {

    @Serdeable
    public record AttemptResponse(String gateway, String reference, MoneyResponse amount,
                                  PaymentAttemptStatus status, @Nullable String failureMessage, Instant createdAt,
                                  Instant updatedAt) {
    }
}

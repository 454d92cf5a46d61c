package dev.conveyor.adapter.rest.fulfilment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.domain.payment.PaymentKind;
import dev.conveyor.domain.payment.PaymentMethod;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * One ledger entry: a payment (positive amount) or a refund (negative).
 *
 * @param refundable what a payment can still give back
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PaymentResponse(UUID id, UUID orderId, @Nullable UUID invoiceId, PaymentKind kind, PaymentMethod method,
                              String gateway, MoneyResponse amount, @Nullable String providerReference, @Nullable UUID refundOf,
                              @Nullable String reference, @Nullable String note, @Nullable UUID recordedBy, Instant recordedAt,
                              MoneyResponse refundable) {
}

package dev.conveyor.adapter.rest.fulfilment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.domain.delivery.DeliveryStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A delivery as the caller may see it; for a seller whose lines are not all of
 * it, {@code partial} is true and only their lines are shown.
 *
 * @param allowedTransitions the statuses the caller may move it to now
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeliveryResponse(UUID id, String number, UUID orderId, String orderNumber, DeliveryStatus status,
                               List<DeliveryLineResponse> lines, MoneyResponse total, boolean partial, @Nullable String carrier,
                               @Nullable String trackingNumber, @Nullable String statusReason, Instant createdAt, @Nullable Instant shippedAt,
                               @Nullable Instant deliveredAt, @Nullable Instant failedAt, @Nullable Instant cancelledAt, Instant updatedAt,
                               long version, List<DeliveryStatus> allowedTransitions) {

    @Serdeable
    public record DeliveryLineResponse(int lineNo, UUID productId, String sku, String name, MoneyResponse unitPrice,
                                       UUID sellerId, int quantity) {
    }
}

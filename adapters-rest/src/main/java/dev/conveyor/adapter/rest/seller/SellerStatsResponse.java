package dev.conveyor.adapter.rest.seller;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * @param orders orders holding the seller's products
 * @param lines  the seller's order lines per stage: PENDING, PROCESSING, SHIPPED, DELIVERED, CANCELLED
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SellerStatsResponse(long orders, Map<String, Long> lines) {
}

package dev.conveyor.adapter.rest.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A page of the admin order list: the page JSON of every list, and whether {@code total} is exact.
 *
 * @param totalExact false when more orders match than are counted: {@code total} is then the count limit
 *                   (1,000) and there are more
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record AdminOrdersResponse(List<AdminOrderItem> items, int page, int size, long total, boolean totalExact) {
}

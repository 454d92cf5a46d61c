package dev.conveyor.adapter.rest.admin;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.user.UserId;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The admin order list's and export's query parameters, read as text and parsed here so that a bad value
 * answers 400 naming the parameter. Status filters repeat or take comma-separated lists; {@code from} and
 * {@code to} are instants or UTC dates, a date {@code to} including that whole day.
 */
@Introspected
record AdminOrderParameters(@Nullable @QueryValue @Parameter(description = "any case: a whole order number finds that "
                                    + "order; else the orders whose number, customer email or a SKU starts with q, or "
                                    + "whose customer's name has a word starting with each word of q; only when no "
                                    + "order starts so, those holding q anywhere in one of them") String q,
                            @Nullable @QueryValue @ArraySchema(schema = @Schema(implementation = OrderStatus.class))
                            List<String> status,
                            @Nullable @QueryValue
                            @ArraySchema(schema = @Schema(implementation = PaymentStatus.class))
                            List<String> paymentStatus,
                            @Nullable @QueryValue
                            @ArraySchema(schema = @Schema(implementation = FulfillmentStatus.class))
                            List<String> fulfilmentStatus,
                            @Nullable @QueryValue @Parameter(hidden = true) List<String> fulfillmentStatus,
                            @Nullable @QueryValue @Parameter(description = "placed at or after: an instant or a "
                                    + "date (UTC)") String from,
                            @Nullable @QueryValue @Parameter(description = "placed before an instant, or on or "
                                    + "before a date (UTC)") String to,
                            @Nullable @QueryValue @Schema(format = "uuid") String sellerId,
                            @Nullable @QueryValue
                            @Parameter(description = "field[,asc|desc]: createdAt (default, newest first), number, "
                                    + "total, status, customerEmail") String sort,
                            @Nullable @QueryValue @Schema(type = "integer") String page,
                            @Nullable @QueryValue @Schema(type = "integer") String size) {

    AdminOrderSearch search() {
        List<String> fulfilment = new ArrayList<>();
        if (fulfilmentStatus != null) {
            fulfilment.addAll(fulfilmentStatus);
        }
        if (fulfillmentStatus != null) {
            fulfilment.addAll(fulfillmentStatus);
        }
        AdminOrderSearch.Sort field = null;
        SortDirection direction = null;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            if (parts.length > 2) {
                throw new InvalidInputException("sort", "sort must be a field, optionally followed by ,asc or ,desc");
            }
            field = Inputs.enumValue("sort", parts[0], AdminOrderSearch.Sort.class);
            direction = parts.length == 2 ? Inputs.enumValue("sort", parts[1], SortDirection.class)
                    : SortDirection.ASC;
        }
        return new AdminOrderSearch(q, Inputs.enumValues("status", status, OrderStatus.class),
                Inputs.enumValues("paymentStatus", paymentStatus, PaymentStatus.class),
                Inputs.enumValues("fulfilmentStatus", fulfilment, FulfillmentStatus.class),
                instant("from", from, false), instant("to", to, true),
                sellerId == null || sellerId.isBlank() ? null : new UserId(Inputs.uuid("sellerId", sellerId)), field,
                direction);
    }

    PageRequest pageRequest() {
        return Inputs.page(page, size);
    }

    /** @param endOfDay a date stands for the start of the next day, so that the whole day is included */
    private static Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date (2026-11-23) or an instant "
                    + "(2026-11-23T10:15:30Z)");
        }
    }
}

package dev.conveyor.adapter.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.pricing.PriceBreakdownResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An RFC 9457 problem document. {@code code} is the stable value clients
 * switch on; {@code type} is derived from it. The optional members appear only
 * for the problems they belong to.
 *
 * @param field              the JSON path or parameter a validation problem is about
 * @param allowedTransitions for INVALID_STATUS_TRANSITION: the statuses the caller may set now
 * @param currentStatus      for INVALID_STATUS_TRANSITION: the order's status
 * @param productId          for OUT_OF_STOCK and PRODUCT_UNAVAILABLE: the product refused
 * @param requested          for OUT_OF_STOCK and PRODUCT_UNAVAILABLE: the units asked for
 * @param available          for OUT_OF_STOCK and PRODUCT_UNAVAILABLE: the units that could be sold
 * @param price              for PRICE_CHANGED: what the order would cost now, to show before asking again
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String correlationId,
                      @Nullable String field, @Nullable List<String> allowedTransitions,
                      @Nullable String currentStatus, @Nullable UUID productId, @Nullable Integer requested,
                      @Nullable Integer available, @Nullable PriceBreakdownResponse price) {

    public static final String TYPE_PREFIX = "https://conveyor.dev/problems/";

    static Problem of(int status, String code, String detail, String correlationId) {
        return new Problem(typeOf(code), titleOf(code), status, detail, code, correlationId, null, null, null, null,
                null, null, null);
    }

    Problem withField(String newField) {
        return new Problem(type, title, status, detail, code, correlationId, newField, allowedTransitions,
                currentStatus, productId, requested, available, price);
    }

    Problem withTransitions(String current, List<String> allowed) {
        return new Problem(type, title, status, detail, code, correlationId, field, allowed, current, productId,
                requested, available, price);
    }

    Problem withLine(UUID refusedProduct, int requestedUnits, int availableUnits) {
        return new Problem(type, title, status, detail, code, correlationId, field, allowedTransitions,
                currentStatus, refusedProduct, requestedUnits, availableUnits, price);
    }

    Problem withPrice(PriceBreakdownResponse now) {
        return new Problem(type, title, status, detail, code, correlationId, field, allowedTransitions,
                currentStatus, productId, requested, available, now);
    }

    static String typeOf(String code) {
        return TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code OUT_OF_STOCK} reads "Out of stock". */
    static String titleOf(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ').replace("json", "JSON");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

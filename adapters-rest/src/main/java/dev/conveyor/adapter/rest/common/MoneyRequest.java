package dev.conveyor.adapter.rest.common;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.Money;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** An amount in minor units (cents) and an ISO 4217 currency. */
@Serdeable
public record MoneyRequest(
        @Nullable @Schema(type = "integer", format = "int64", example = "1999") BigDecimal amountMinor,
        @Nullable @Schema(example = "EUR") String currency) {

    /** @param field the JSON path of this object, e.g. {@code price} */
    public static Money toMoney(String field, MoneyRequest request) {
        Check.notNull(field, request);
        long amount = Inputs.wholeLong(field + ".amountMinor", request.amountMinor());
        return Inputs.nested(field, () -> new Money(amount, request.currency()));
    }
}

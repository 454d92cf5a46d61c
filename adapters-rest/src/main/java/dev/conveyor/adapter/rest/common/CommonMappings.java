package dev.conveyor.adapter.rest.common;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.util.UUID;

/**
 * Conversions shared by the MapStruct mappers: value objects become the plain
 * JSON values clients see (ids as UUIDs, SKUs as strings, money as an object).
 */
public interface CommonMappings {

    MoneyResponse toResponse(Money money);

    AddressResponse toResponse(Address address);

    default UUID toUuid(ProductId id) {
        return id == null ? null : id.value();
    }

    default UUID toUuid(UserId id) {
        return id == null ? null : id.value();
    }

    default String toText(Sku sku) {
        return sku == null ? null : sku.value();
    }
}

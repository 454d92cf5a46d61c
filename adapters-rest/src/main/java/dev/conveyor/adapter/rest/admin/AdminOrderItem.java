package dev.conveyor.adapter.rest.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.conveyor.adapter.rest.order.OrderResponse;
import dev.conveyor.application.backoffice.port.out.OrderCustomer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** An order of the admin list: the order JSON, plus who placed it, since staff search and sort by that. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record AdminOrderItem(@JsonUnwrapped OrderResponse order, Customer customer) {

    /**
     * @param email null once the account is deleted
     * @param name  null once the account is deleted, or when the customer gave none
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Customer(UUID id, @Nullable String email, @Nullable String name) {

        static Customer of(OrderCustomer customer) {
            return new Customer(customer.id(), customer.email(), customer.name());
        }
    }
}

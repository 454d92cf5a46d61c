package dev.conveyor.adapter.rest.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.AddressResponse;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.application.backoffice.port.in.ListCustomersQuery.CustomerRecord;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer as staff see them: the account's contact details (as {@link UserResponse}), how many orders they
 * placed and what those came to per currency (cancelled orders left out), and their latest orders.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CustomerResponse(UUID id, String email, Role role, @Nullable String name, @Nullable String phone,
                               @JsonInclude(JsonInclude.Include.NON_NULL)
                               @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                                       description = "absent while the customer has given no address")
                               AddressResponse address,
                               Instant createdAt, Instant updatedAt, long ordersCount, List<MoneyResponse> totalSpent,
                               List<RecentOrder> recentOrders) {

    static CustomerResponse of(CustomerRecord record, UserMapper users) {
        UserResponse user = users.toResponse(record.user());
        return new CustomerResponse(user.id(), user.email(), user.role(), user.name(), user.phone(), user.address(),
                user.createdAt(), user.updatedAt(), record.figures().orders(),
                record.figures().spent().stream().map(money -> new MoneyResponse(money.amountMinor(),
                        money.currency())).toList(),
                record.recentOrders().stream().map(RecentOrder::of).toList());
    }

    /** One of the customer's latest orders, enough to list it and link to it. */
    @Serdeable
    public record RecentOrder(UUID id, String number, OrderStatus status, MoneyResponse total, Instant placedAt) {

        static RecentOrder of(Order order) {
            return new RecentOrder(order.id().value(), order.number().value(), order.status(),
                    new MoneyResponse(order.total().amountMinor(), order.total().currency()), order.placedAt());
        }
    }
}

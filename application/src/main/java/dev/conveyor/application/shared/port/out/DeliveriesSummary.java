package dev.conveyor.application.shared.port.out;

import dev.conveyor.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The deliveries created on one day (UTC), as cached.
 *
 * @param value     the goods in them at the orders' prices, per currency (sorted by code)
 * @param pending   still on their way: pending or shipped
 * @param delivered delivered
 */
public record DeliveriesSummary(LocalDate day, long count, List<Money> value, long pending, long delivered) {

    public DeliveriesSummary {
        value = List.copyOf(value);
    }
}

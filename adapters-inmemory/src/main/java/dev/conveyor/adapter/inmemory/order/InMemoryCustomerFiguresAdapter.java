package dev.conveyor.adapter.inmemory.order;

import dev.conveyor.application.backoffice.port.out.CustomerFiguresPort;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryCustomerFiguresAdapter implements CustomerFiguresPort {

    private final InMemoryOrderRepositoryAdapter orders;

    public InMemoryCustomerFiguresAdapter(InMemoryOrderRepositoryAdapter orders) {
        this.orders = orders;
    }

    @Override
    public CustomerFigures figures(UserId customerId) {
        List<Order> placed = orders.all().stream().filter(order -> order.customerId().equals(customerId))
                .filter(order -> order.status() != OrderStatus.CANCELLED).toList();
        Map<String, Long> spent = new TreeMap<>();
        placed.forEach(order -> spent.merge(order.total().currency(), order.total().amountMinor(), Long::sum));
        return new CustomerFigures(placed.size(), spent.entrySet().stream()
                .map(entry -> Money.of(entry.getValue(), entry.getKey())).toList());
    }
}

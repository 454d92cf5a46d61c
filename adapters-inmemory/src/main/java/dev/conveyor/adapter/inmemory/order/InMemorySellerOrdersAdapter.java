package dev.conveyor.adapter.inmemory.order;

import dev.conveyor.adapter.inmemory.support.Queries;
import dev.conveyor.application.seller.port.out.SellerOrdersPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.order.LineStage;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemorySellerOrdersAdapter implements SellerOrdersPort {

    private static final Comparator<Order> NEWEST_FIRST = Comparator.comparing(Order::placedAt)
            .thenComparing(order -> order.id().value()).reversed();

    private final InMemoryOrderRepositoryAdapter orders;

    public InMemorySellerOrdersAdapter(InMemoryOrderRepositoryAdapter orders) {
        this.orders = orders;
    }

    @Override
    public Page<Order> findBySeller(UserId sellerId, Set<OrderStatus> statuses, Set<LineStage> stages,
                                    PageRequest page) {
        return Queries.page(orders.all().stream()
                .filter(order -> statuses.isEmpty() || statuses.contains(order.status()))
                .filter(order -> linesOf(sellerId, order).stream()
                        .anyMatch(line -> stages.isEmpty() || stages.contains(LineStage.of(order.status(), line))))
                .sorted(NEWEST_FIRST)
                .toList(), page);
    }

    @Override
    public LineCounts countLines(UserId sellerId) {
        long orderCount = 0;
        Map<LineStage, Long> lines = new EnumMap<>(LineStage.class);
        for (Order order : orders.all()) {
            List<OrderLine> own = linesOf(sellerId, order);
            if (!own.isEmpty()) {
                orderCount++;
            }
            own.forEach(line -> lines.merge(LineStage.of(order.status(), line), 1L, Long::sum));
        }
        return new LineCounts(orderCount, lines);
    }

    private static List<OrderLine> linesOf(UserId sellerId, Order order) {
        return order.lines().stream().filter(line -> line.sellerId().equals(sellerId)).toList();
    }
}

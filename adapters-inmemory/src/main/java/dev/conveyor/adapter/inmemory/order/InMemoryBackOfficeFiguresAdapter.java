package dev.conveyor.adapter.inmemory.order;

import dev.conveyor.adapter.inmemory.fulfilment.InMemoryDeliveryRepositoryAdapter;
import dev.conveyor.adapter.inmemory.fulfilment.InMemoryPaymentLedgerAdapter;
import dev.conveyor.application.backoffice.port.out.BackOfficeFiguresPort;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.shared.Money;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's sums over the in-memory orders, payments and deliveries, as the JDBC adapter sums them. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryBackOfficeFiguresAdapter implements BackOfficeFiguresPort {

    private final InMemoryOrderRepositoryAdapter orders;
    private final InMemoryPaymentLedgerAdapter payments;
    private final InMemoryDeliveryRepositoryAdapter deliveries;

    public InMemoryBackOfficeFiguresAdapter(InMemoryOrderRepositoryAdapter orders, InMemoryPaymentLedgerAdapter payments,
                                     InMemoryDeliveryRepositoryAdapter deliveries) {
        this.orders = orders;
        this.payments = payments;
        this.deliveries = deliveries;
    }

    @Override
    public OrderFigures orderFigures() {
        Map<OrderId, Long> paid = new HashMap<>();
        payments.all().forEach(p -> paid.merge(p.orderId(), p.amount().amountMinor(), Long::sum));
        Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
        Map<PaymentStatus, Long> byPayment = new EnumMap<>(PaymentStatus.class);
        Map<FulfillmentStatus, Long> byFulfillment = new EnumMap<>(FulfillmentStatus.class);
        Map<String, Long> revenue = new HashMap<>();
        Map<String, Long> revenueNet = new HashMap<>();
        Map<String, Long> unpaid = new HashMap<>();
        for (Order order : orders.all()) {
            byStatus.merge(order.status(), 1L, Long::sum);
            byPayment.merge(order.paymentStatus(), 1L, Long::sum);
            byFulfillment.merge(order.fulfillmentStatus(), 1L, Long::sum);
            if (order.status() != OrderStatus.CANCELLED) {
                Money total = order.total();
                revenue.merge(total.currency(), total.amountMinor(), Long::sum);
                revenueNet.merge(total.currency(), order.price().totals().net(), Long::sum);
                long owed = Math.max(0, total.amountMinor() - paid.getOrDefault(order.id(), 0L));
                unpaid.merge(total.currency(), owed, Long::sum);
            }
        }
        return new OrderFigures(byStatus, byPayment, byFulfillment, revenue, revenueNet, unpaid);
    }

    @Override
    public List<PlacedBucket> placedPerBucket(Instant from, Instant to, Duration width) {
        Map<List<Object>, long[]> buckets = new HashMap<>();
        for (Order order : orders.all()) {
            if (order.placedAt().isBefore(from) || !order.placedAt().isBefore(to)) {
                continue;
            }
            int index = (int) (Duration.between(from, order.placedAt()).toMillis() / width.toMillis());
            long[] sums = buckets.computeIfAbsent(List.of(index, order.total().currency()), key -> new long[2]);
            sums[0]++;
            sums[1] += order.status() == OrderStatus.CANCELLED ? 0 : order.total().amountMinor();
        }
        List<PlacedBucket> placed = new ArrayList<>();
        buckets.forEach((key, sums) -> placed.add(new PlacedBucket((Integer) key.get(0), (String) key.get(1),
                sums[0], sums[1])));
        return placed;
    }

    @Override
    public DeliveryFigures deliveriesCreated(Instant from, Instant to) {
        long count = 0;
        long pending = 0;
        long delivered = 0;
        Map<String, Long> value = new HashMap<>();
        for (Delivery delivery : deliveries.all()) {
            if (delivery.createdAt().isBefore(from) || !delivery.createdAt().isBefore(to)
                    || delivery.status() == DeliveryStatus.CANCELLED) {
                continue;
            }
            count++;
            pending += delivery.status() == DeliveryStatus.PENDING || delivery.status() == DeliveryStatus.SHIPPED
                    ? 1 : 0;
            delivered += delivery.status() == DeliveryStatus.DELIVERED ? 1 : 0;
            delivery.lines().forEach(line -> value.merge(line.unitPrice().currency(),
                    line.total().amountMinor(), Long::sum));
        }
        return new DeliveryFigures(count, value, pending, delivered);
    }
}

package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.PlaceDeferredOrderUseCase;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.ordering.port.in.PriceChangedException;
import dev.conveyor.application.ordering.port.out.OrderNumberPort;
import dev.conveyor.application.pricing.port.in.ClaimCouponUseCase;
import dev.conveyor.application.pricing.port.in.PriceOrderCommand;
import dev.conveyor.application.pricing.port.in.PriceOrderQuery;
import dev.conveyor.application.pricing.port.in.PriceOrderQuery.Pricer;
import dev.conveyor.application.pricing.port.in.PricingTerms;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.UnauthenticatedException;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.port.out.StockPort.Refused;
import dev.conveyor.application.shared.port.out.StockPort.Reserved;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

final class PlaceOrderService implements PlaceOrderUseCase, PlaceDeferredOrderUseCase {

    private final UserRepositoryPort customers;
    private final StockPort stock;
    private final OrderRepositoryPort orders;
    private final OrderNumberPort numbers;
    private final PriceOrderQuery pricing;
    private final ClaimCouponUseCase coupons;
    private final IdempotentExecutor idempotent;
    private final OrderAccess access;
    private final EventRecorder events;
    private final Clock clock;
    private final Duration cancellationWindow;

    @SuppressWarnings("java:S107") // the ports and settings placement needs, each once
    PlaceOrderService(UserRepositoryPort customers, StockPort stock, OrderRepositoryPort orders, OrderNumberPort numbers,
                      PriceOrderQuery pricing, ClaimCouponUseCase coupons, IdempotentExecutor idempotent, OrderAccess access, EventRecorder events,
                      Clock clock, Duration cancellationWindow) {
        this.customers = customers;
        this.stock = stock;
        this.orders = orders;
        this.numbers = numbers;
        this.pricing = pricing;
        this.coupons = coupons;
        this.idempotent = idempotent;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.cancellationWindow = cancellationWindow;
    }

    @Override
    public PlacedOrder place(Actor actor, PlaceOrderCommand command, IdempotencyKey key) {
        return place(actor, key, "place-order", command.fingerprint(), orderId -> command);
    }

    @Override
    public PlacedOrder place(Actor actor, IdempotencyKey key, String operation, String fingerprint,
                             Function<OrderId, PlaceOrderCommand> takeOrder) {
        actor.requireRole(Role.CUSTOMER);
        var outcome = idempotent.execute(actor, key, operation, fingerprint,
                id -> {
                    OrderId orderId = new OrderId(id);
                    return placeInTransaction(actor, takeOrder.apply(orderId), orderId);
                });
        if (outcome.replayed()) {
            Order existing = access.load(actor, new OrderId(outcome.resourceId()));
            return new PlacedOrder(access.view(actor, existing), true);
        }
        Placement placement = outcome.created();
        events.committed(placement.events());
        return new PlacedOrder(access.view(actor, placement.order()), false);
    }

    private Placement placeInTransaction(Actor actor, PlaceOrderCommand command, OrderId orderId) {
        UserId customer = actor.requireUser();
        if (!customers.isActive(customer)) {
            // the access token outlived the account it was issued for
            throw new UnauthenticatedException("the account no longer exists");
        }
        // what does not depend on the stock is read before the first reservation, so that the product rows are
        // held through fewer round trips (other placements wait for them); a refused order leaves its number unused
        Pricer pricer = pricing.pricerFor(new PricingTerms(command.shippingAddress(),
                command.terms().shippingMethodId(), command.terms().couponCode(), customer));
        long sequence = numbers.nextOrderSequence();
        Instant now = clock.instant();
        List<DomainEvent> stockAlerts = new ArrayList<>();
        Map<ProductId, Reserved> reserved = reserveInIdOrder(command, now, stockAlerts);
        List<OrderItem> items = command.lines().stream()
                .map(line -> {
                    Reserved product = reserved.get(line.productId());
                    return new OrderItem(product.productId(), product.sku(), product.name(), product.price(),
                            product.sellerId(), line.quantity());
                })
                .toList();
        PriceBreakdown price = price(command, reserved, pricer);
        Order order = Order.place(orderId, sequence, customer, items, price,
                command.shippingAddress(), command.notes(), now, cancellationWindow);
        coupons.claim(price, customer, orderId);
        orders.insert(order);
        List<DomainEvent> recorded = new ArrayList<>(order.pullEvents());
        recorded.addAll(stockAlerts);
        events.append(actor, recorded);
        return new Placement(order, recorded);
    }

    /** The reserved products at their prices now; refused when the customer agreed to another total. */
    private PriceBreakdown price(PlaceOrderCommand command, Map<ProductId, Reserved> reserved, Pricer pricer) {
        List<PriceOrderCommand.Item> items = command.lines().stream().map(line -> {
            Reserved product = reserved.get(line.productId());
            return new PriceOrderCommand.Item(product.productId(), product.category(), product.price(),
                    line.quantity(), product.pricing());
        }).toList();
        PriceBreakdown price = pricer.price(items);
        Long expected = command.terms().expectedTotal();
        if (expected != null && expected != price.totals().gross()) {
            throw new PriceChangedException(expected, price);
        }
        return price;
    }

    /** Lines repeating a product reserve their sum, once; rows are touched in id order so orders cannot deadlock. */
    private Map<ProductId, Reserved> reserveInIdOrder(PlaceOrderCommand command, Instant now,
                                                      List<DomainEvent> stockAlerts) {
        Map<ProductId, Integer> wanted = new TreeMap<>();
        Map<ProductId, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < command.lines().size(); i++) {
            PlaceOrderCommand.Line line = command.lines().get(i);
            wanted.merge(line.productId(), line.quantity(), Integer::sum);
            firstLine.putIfAbsent(line.productId(), i);
        }
        Map<ProductId, Reserved> reserved = new HashMap<>();
        wanted.forEach((productId, quantity) -> {
            StockPort.Reservation reservation = stock.reserve(productId, quantity);
            if (reservation instanceof Refused refused) {
                throw RefusalErrors.of(refused, "lines[" + firstLine.get(productId) + "].productId", quantity);
            }
            Reserved r = (Reserved) reservation;
            reserved.put(productId, r);
            r.after().alertAfterChange(r.after().stock().available() + quantity, now).ifPresent(stockAlerts::add);
        });
        return reserved;
    }

    private record Placement(Order order, List<DomainEvent> events) {
    }
}

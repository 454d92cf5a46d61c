package dev.conveyor.application.shared.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who sees an order, how much of it, and which statuses they may set: the
 * owner and the back office see all of it, a seller only their lines, anyone
 * else nothing (the order "does not exist" for them).
 */
public final class OrderAccess {

    private final OrderRepositoryPort orders;
    private final PaymentSettlement settlement;
    private final Clock clock;

    public OrderAccess(OrderRepositoryPort orders, PaymentSettlement settlement, Clock clock) {
        this.orders = orders;
        this.settlement = settlement;
        this.clock = clock;
    }

    public Order load(Actor actor, OrderId id) {
        return visible(actor, id, orders.findById(id));
    }

    /** The order found under {@code id}, if the caller may see it. */
    public Order visible(Actor actor, OrderId id, Optional<Order> found) {
        Order order = found.orElseThrow(() -> notFound(id));
        if (!maySee(actor, order)) {
            throw notFound(id);
        }
        return order;
    }

    public OrderView view(Actor actor, Order order) {
        return view(actor, order, this::balance);
    }

    /**
     * The view with the balance from {@code balance} (a cache in front of the ledger, say), asked only for a
     * reader who sees the balance: a seller does not.
     */
    public OrderView view(Actor actor, Order order, Function<Order, Money> balance) {
        Set<OrderStatus> allowed = allowedTransitions(actor, order);
        if (isSellerOnly(actor, order)) {
            return OrderView.forSeller(order, actor.userId(), allowed);
        }
        return OrderView.full(order, allowed, balance.apply(order));
    }

    /** An order in a list: without its balance, which costs a ledger query per paid order; its own read has it. */
    public OrderView listed(Actor actor, Order order) {
        Set<OrderStatus> allowed = allowedTransitions(actor, order);
        if (isSellerOnly(actor, order)) {
            return OrderView.forSeller(order, actor.userId(), allowed);
        }
        return OrderView.full(order, allowed, null);
    }

    /**
     * What is still owed (positive) or paid beyond what is due (negative). An unpaid order has no ledger
     * entries, so the common read of a fresh order costs no second query.
     */
    public Money balance(Order order) {
        return balanceWithoutLedger(order).orElseGet(() -> settlement.ledgerOf(order).balance());
    }

    /** The balance when it takes no ledger query: an unpaid order owes what it is due. */
    public Optional<Money> balanceWithoutLedger(Order order) {
        return order.paymentStatus() == PaymentStatus.UNPAID ? Optional.of(order.amountDue()) : Optional.empty();
    }

    public Set<OrderStatus> allowedTransitions(Actor actor, Order order) {
        if (actor.isBackOffice()) {
            return order.allowedManualTransitions();
        }
        if (actor.isUser(order.customerId())) {
            return order.status() == OrderStatus.PENDING && order.isInsideCancellationWindow(clock.instant())
                    ? EnumSet.of(OrderStatus.CANCELLED) : EnumSet.noneOf(OrderStatus.class);
        }
        if (isSellerOnly(actor, order) && order.status() == OrderStatus.CONFIRMED) {
            return EnumSet.of(OrderStatus.PROCESSING);
        }
        return EnumSet.noneOf(OrderStatus.class);
    }

    public boolean isSellerOnly(Actor actor, Order order) {
        return actor.is(Role.SELLER) && !actor.isUser(order.customerId()) && order.hasLinesOf(actor.userId());
    }

    private boolean maySee(Actor actor, Order order) {
        return actor.isBackOffice() || actor.isUser(order.customerId()) || isSellerOnly(actor, order);
    }

    public static NotFoundException notFound(OrderId id) {
        return new NotFoundException("ORDER_NOT_FOUND", "order " + id + " does not exist");
    }
}

package dev.conveyor.adapter.inmemory.order;

import dev.conveyor.adapter.inmemory.fulfilment.InMemoryPaymentLedgerAdapter;
import dev.conveyor.adapter.inmemory.support.Queries;
import dev.conveyor.adapter.inmemory.user.InMemoryUserRepositoryAdapter;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.backoffice.port.out.AdminOrdersPort;
import dev.conveyor.application.backoffice.port.out.OrderCustomer;
import dev.conveyor.application.backoffice.port.out.OrderExportRow;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderNumber;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The back office's search over the in-memory orders; same matches and order as the JDBC adapter's SQL. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryAdminOrdersAdapter implements AdminOrdersPort {

    private final InMemoryOrderRepositoryAdapter orders;
    private final InMemoryUserRepositoryAdapter users;
    private final InMemoryPaymentLedgerAdapter payments;

    public InMemoryAdminOrdersAdapter(InMemoryOrderRepositoryAdapter orders, InMemoryUserRepositoryAdapter users,
                               InMemoryPaymentLedgerAdapter payments) {
        this.orders = orders;
        this.users = users;
        this.payments = payments;
    }

    @Override
    public Found search(AdminOrderSearch search, PageRequest page, int countLimit) {
        List<Order> matches = matches(search);
        int from = (int) Math.min(page.offset(), matches.size());
        int to = Math.min(from + page.size(), matches.size());
        List<Order> pageOrders = matches.subList(from, to);
        Map<UUID, OrderCustomer> customers = pageOrders.stream().map(Order::customerId).distinct()
                .map(this::customer).collect(Collectors.toMap(OrderCustomer::id, Function.identity()));
        return new Found(pageOrders, customers, Math.min(matches.size(), countLimit), matches.size() <= countLimit);
    }

    @Override
    public void export(AdminOrderSearch search, Consumer<OrderExportRow> rows) {
        Map<OrderId, Long> paidByOrder = new HashMap<>();
        payments.all().forEach(p -> paidByOrder.merge(p.orderId(), p.amount().amountMinor(), Long::sum));
        for (Order order : matches(search)) {
            OrderCustomer customer = customer(order.customerId());
            String currency = order.total().currency();
            PriceBreakdown.Totals totals = order.price().totals();
            PriceBreakdown.Shipping shipping = order.price().shipping();
            rows.accept(new OrderExportRow(order.id().value(), order.number().value(), order.placedAt(),
                    order.confirmedAt(), order.cancelledAt(), order.updatedAt(), order.customerId().value(),
                    customer.email(), customer.name(), order.status(), order.paymentStatus(),
                    order.fulfillmentStatus(), order.progress(), order.lines().size(),
                    order.lines().stream().mapToLong(OrderLine::quantity).sum(), order.total(),
                    Money.of(totals.net(), currency), Money.of(totals.tax(), currency),
                    Money.of(shipping == null ? 0 : shipping.gross(), currency), Money.of(totals.discount(), currency),
                    Money.of(paidByOrder.getOrDefault(order.id(), 0L), currency),
                    order.shippingAddress().city(), order.shippingAddress().country()));
        }
    }

    /** As the JDBC adapter's: a deleted account's placeholder email and emptied name are not shown. */
    OrderCustomer customer(UserId id) {
        Optional<User> active = users.findById(id).filter(User::isActive);
        return new OrderCustomer(id.value(), active.map(user -> user.email().value()).orElse(null),
                active.map(user -> user.profile().name()).orElse(null));
    }

    private List<Order> matches(AdminOrderSearch search) {
        Predicate<Order> text = text(search);
        return orders.all().stream()
                .filter(text)
                .filter(order -> search.statuses().isEmpty() || search.statuses().contains(order.status()))
                .filter(order -> search.paymentStatuses().isEmpty()
                        || search.paymentStatuses().contains(order.paymentStatus()))
                .filter(order -> search.fulfillmentStatuses().isEmpty()
                        || search.fulfillmentStatuses().contains(order.fulfillmentStatus()))
                .filter(order -> search.from() == null || !order.placedAt().isBefore(search.from()))
                .filter(order -> search.to() == null || order.placedAt().isBefore(search.to()))
                .filter(order -> search.sellerId() == null || order.hasLinesOf(search.sellerId()))
                .filter(order -> search.orderIds().isEmpty() || search.orderIds().contains(order.id()))
                .sorted(order(search))
                .toList();
    }

    /** As AdminOrderText: a whole number, else what starts with the text, else (nothing does) what holds it. */
    private Predicate<Order> text(AdminOrderSearch search) {
        String text = search.text();
        if (text == null) {
            return order -> true;
        }
        Optional<OrderNumber> number = OrderNumber.parse(text);
        if (number.isPresent()) {
            return order -> order.number().equals(number.get());
        }
        String upper = text.toUpperCase(Locale.ROOT);
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = search.textWords().stream().map(word -> " " + word).toList();
        Predicate<Order> starts = order -> order.number().value().startsWith(upper)
                || order.lines().stream().anyMatch(line -> line.sku().value().startsWith(upper))
                || activeCustomer(order).filter(user -> user.email().value().startsWith(lower)
                        || (user.profile().name() != null && words.stream().allMatch(
                                (" " + user.profile().name().toLowerCase(Locale.ROOT))::contains))).isPresent();
        if (orders.all().stream().anyMatch(starts)) {
            return starts;
        }
        return order -> Queries.containsIgnoringCase(order.number().value(), text)
                || order.lines().stream().anyMatch(line -> Queries.containsIgnoringCase(line.sku().value(), text))
                || activeCustomer(order).filter(user -> Queries.containsIgnoringCase(user.email().value(), text)
                        || Queries.containsIgnoringCase(user.profile().name(), text)).isPresent();
    }

    private Optional<User> activeCustomer(Order order) {
        return users.findById(order.customerId()).filter(User::isActive);
    }

    /** As {@code ORDER BY} in the JDBC adapter: the sort key, then placing time and id, all one way. */
    private Comparator<Order> order(AdminOrderSearch search) {
        Comparator<Order> tieBreak = Comparator.comparing(Order::placedAt).thenComparing(o -> o.id().value());
        Comparator<Order> ascending = switch (search.sort()) {
            case CREATED_AT -> tieBreak;
            case NUMBER -> Comparator.comparing(o -> o.number().value());
            case TOTAL -> Comparator.<Order>comparingLong(o -> o.total().amountMinor()).thenComparing(tieBreak);
            case STATUS -> Comparator.<Order, String>comparing(o -> o.status().name()).thenComparing(tieBreak);
            case CUSTOMER_EMAIL -> Comparator.<Order, String>comparing(this::emailOf).thenComparing(tieBreak);
        };
        return search.direction() == SortDirection.ASC ? ascending : ascending.reversed();
    }

    private String emailOf(Order order) {
        return users.findById(order.customerId()).map(user -> user.email().value()).orElse("");
    }
}

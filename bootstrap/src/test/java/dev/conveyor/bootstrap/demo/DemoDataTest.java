package dev.conveyor.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.accounts.port.in.ListUsersQuery;
import dev.conveyor.application.backoffice.port.in.ListAdminOrdersQuery;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.catalog.port.in.ListProductsQuery.ProductFilter;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.application.fulfilment.port.in.ListDeliveriesQuery;
import dev.conveyor.application.fulfilment.port.in.ListInvoicesQuery;
import dev.conveyor.application.payments.port.in.GetPaymentLedgerQuery;
import dev.conveyor.application.payments.port.in.GetPaymentLedgerQuery.LedgerView;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code CONVEYOR_DEMO=true}: an empty database gets the demo shop, with orders in every status and their
 * deliveries, invoices and payments; a second start on the same database changes nothing, and the in-memory
 * adapters get the very same shop.
 */
class DemoDataTest {

    private static final Actor ADMIN = Actor.user(new UserId(UUID.randomUUID()), Role.ADMIN, "demo-test");

    @Test
    void theDemoShopHasEveryStatusAndASecondStartChangesNothing() {
        Map<String, Object> settings = settings();
        settings.put("datasources.default.url", TestPostgres.freshDatabase());
        settings.put("datasources.default.username", "");
        settings.put("datasources.default.password", "");

        List<String> first = shop(settings);
        List<String> second = shop(settings);
        assertEquals(first, second, "a second start with the demo switched on changes nothing");

        Map<String, Object> memory = settings();
        memory.put("conveyor.persistence", "memory");
        assertEquals(first, shop(memory), "the in-memory adapters get the same shop");
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("conveyor.demo.enabled", "true");
        // the orders placed "just now" stay PENDING while the test looks
        settings.put("conveyor.orders.cancellation-window", "10m");
        settings.put("micronaut.server.port", "-1");
        return settings;
    }

    /** Starts the application on these settings and describes its shop, without ids or times. */
    private static List<String> shop(Map<String, Object> settings) {
        try (ApplicationContext context = ApplicationContext.run(settings)) {
            List<String> shop = new ArrayList<>();
            List<User> users = context.getBean(ListUsersQuery.class).list(ADMIN, null, null, PageRequest.of(0, 100)).items();
            users.stream().map(user -> "user " + user.email().value() + " " + user.role()).sorted().forEach(shop::add);
            assertEquals(EnumSet.allOf(Role.class), users.stream().map(User::role).collect(Collectors.toSet()));

            List<Product> products = context.getBean(ListProductsQuery.class)
                    .managed(ADMIN, new ProductFilter(null, null, null, null), PageRequest.of(0, 100)).items();
            products.stream().map(p -> "product " + p.sku().value() + " " + p.details().category() + " " + p.price()
                    + " on hand " + p.stock().onHand() + " reserved " + p.stock().reserved()).sorted().forEach(shop::add);
            assertEquals(30, products.size());
            assertTrue(products.stream().map(p -> p.details().category()).distinct().count() >= 4, "a few categories");

            List<OrderView> orders = new ArrayList<>(context.getBean(ListAdminOrdersQuery.class).list(ADMIN,
                    new AdminOrderSearch(null, null, null, null, null, null, null, null, null),
                    PageRequest.of(0, 100)).orders().items());
            orders.sort(Comparator.comparing(OrderView::number));
            Set<DeliveryStatus> deliveryStatuses = EnumSet.noneOf(DeliveryStatus.class);
            int invoices = 0;
            int payments = 0;
            for (OrderView order : orders) {
                shop.add("order " + order.number() + " " + order.status() + " " + order.fulfillmentStatus() + " "
                        + order.paymentStatus() + " " + order.total() + " " + order.progress() + "% " + order.lines().size());
                OrderId id = new OrderId(order.id());
                for (DeliveryView delivery : context.getBean(ListDeliveriesQuery.class).list(ADMIN, id)) {
                    shop.add("  delivery " + delivery.number() + " " + delivery.status());
                    deliveryStatuses.add(delivery.status());
                }
                for (InvoiceView invoice : context.getBean(ListInvoicesQuery.class).list(ADMIN, id)) {
                    shop.add("  invoice " + invoice.number() + " " + invoice.status() + " " + invoice.total()
                            + " outstanding " + invoice.outstanding());
                    invoices++;
                }
                LedgerView ledger = context.getBean(GetPaymentLedgerQuery.class).ledger(ADMIN, id);
                shop.add("  ledger paid " + ledger.paid() + " refunded " + ledger.refunded() + " balance " + ledger.balance());
                payments += ledger.entries().size();
            }
            assertEquals(EnumSet.allOf(OrderStatus.class), orders.stream().map(OrderView::status).collect(Collectors.toSet()),
                    String.join("\n", shop));
            assertEquals(EnumSet.allOf(FulfillmentStatus.class),
                    orders.stream().map(OrderView::fulfillmentStatus).collect(Collectors.toSet()), String.join("\n", shop));
            assertEquals(EnumSet.complementOf(EnumSet.of(PaymentStatus.AUTHORIZED)),
                    orders.stream().map(OrderView::paymentStatus).collect(Collectors.toSet()),
                    "every status but a card authorisation (no Stripe in the demo)\n" + String.join("\n", shop));
            assertEquals(EnumSet.of(DeliveryStatus.PENDING, DeliveryStatus.SHIPPED, DeliveryStatus.DELIVERED,
                    DeliveryStatus.FAILED), deliveryStatuses, String.join("\n", shop));
            assertTrue(invoices >= 8 && payments >= 8, String.join("\n", shop));
            return shop;
        }
    }
}

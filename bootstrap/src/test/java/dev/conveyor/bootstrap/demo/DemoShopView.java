package dev.conveyor.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.accounts.port.in.ListUsersQuery;
import dev.conveyor.application.backoffice.port.in.ListAdminOrdersQuery;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.catalog.port.in.ListProductImagesQuery;
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
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The demo shop as the back office reads it through the use cases, to compare two shops line by line. */
public final class DemoShopView {

    private static final Actor ADMIN = Actor.user(new UserId(UUID.randomUUID()), Role.ADMIN, "demo-test");

    private DemoShopView() {
    }

    /** The shop of a running application, without ids or times; fails unless it is the whole demo shop. */
    public static List<String> describe(ApplicationContext context) {
        List<String> shop = new ArrayList<>();
        List<User> users = context.getBean(ListUsersQuery.class).list(ADMIN, null, null, PageRequest.of(0, 100)).items();
        users.stream().map(user -> "user " + user.email().value() + " " + user.role()).sorted().forEach(shop::add);
        assertEquals(EnumSet.allOf(Role.class), users.stream().map(User::role).collect(Collectors.toSet()));

        List<Product> products = context.getBean(ListProductsQuery.class)
                .managed(ADMIN, new ProductFilter(null, null, null, null), PageRequest.of(0, 100)).items();
        Map<ProductId, List<ProductImage>> images = context.getBean(ListProductImagesQuery.class)
                .of(products.stream().map(Product::id).toList());
        products.stream().map(p -> "product " + p.sku().value() + " " + p.details().category() + " " + p.price()
                + " on hand " + p.stock().onHand() + " reserved " + p.stock().reserved() + " pictures "
                + images.getOrDefault(p.id(), List.of()).stream().map(ProductImage::digest).toList())
                .sorted().forEach(shop::add);
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

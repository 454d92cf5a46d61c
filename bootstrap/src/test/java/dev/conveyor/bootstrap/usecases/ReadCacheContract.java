package dev.conveyor.bootstrap.usecases;

import static dev.conveyor.bootstrap.support.Shop.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.catalog.port.in.CreateProductUseCase.CreateProductCommand;
import dev.conveyor.application.catalog.port.in.ListProductsQuery.ProductFilter;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase.UpdateProductCommand;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase;
import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.ordering.port.in.GetCachedOrderQuery;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordPaymentCommand;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Reads served by the cache on PostgreSQL: a hit is proved by changing a row
 * behind the application's back (the read still shows the old value), an
 * invalidation by a change through a use case (the read shows that change and
 * the one made behind its back). Each subclass runs it with one cache adapter.
 */
abstract class ReadCacheContract implements TestPropertyProvider {

    /** The JDBC URL (with credentials) of the database the context uses. */
    private final String database = TestPostgres.freshDatabase();

    @Inject Shop shop;
    @Inject TestClock clock;
    @Inject PlaceOrderUseCase placeOrder;
    @Inject GetOrderQuery getOrder;
    @Inject CancelOrderUseCase cancelOrder;
    @Inject ConfirmDueOrdersUseCase confirmDueOrders;
    @Inject ListProductsQuery listProducts;
    @Inject UpdateProductUseCase updateProduct;
    @Inject RecordPaymentUseCase recordPayment;
    @Inject GetCachedOrderQuery getCachedOrder;

    /** The cache adapter's settings. */
    abstract Map<String, String> cache();

    /**
     * Whether the adapter holds entries in this process, so that a read without blocking completes at once on the
     * caller's thread; else a cache server's reply is decoded on the executor the caller named.
     */
    abstract boolean holdsEntriesInProcess();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(cache());
        properties.putAll(Map.of("datasources.default.url", database,
                "datasources.default.username", "",
                "datasources.default.password", ""));
        return properties;
    }

    @Test
    void anOrderIsReadFromTheCacheUntilAChangeOfItDropsIt() {
        Product mug = shop.product(shop.user(Role.SELLER), 10);
        Actor customer = shop.customer();
        OrderId id = new OrderId(placeOrder.place(customer, order(mug.id(), 1), null).order().id());
        assertEquals(null, getOrder.get(customer, id).notes());

        sql("UPDATE orders SET notes = 'written behind the cache' WHERE id = ?", id.value());
        assertEquals(null, getOrder.get(customer, id).notes(), "read from the cache");

        cancelOrder.cancel(customer, id, "changed my mind");

        OrderView afterTheChange = getOrder.get(customer, id);
        assertEquals(OrderStatus.CANCELLED, afterTheChange.status());
        assertEquals("written behind the cache", afterTheChange.notes(), "read from the database again");
    }

    @Test
    void theServersOwnChangeIsReadAtOnce() {
        Product mug = shop.product(shop.user(Role.SELLER), 10);
        Actor customer = shop.customer();
        OrderId id = new OrderId(placeOrder.place(customer, order(mug.id(), 1), null).order().id());
        assertEquals(OrderStatus.PENDING, getOrder.get(customer, id).status());

        clock.advance(UseCaseContract.WINDOW);
        confirmDueOrders.confirmDueOrders();

        assertEquals(OrderStatus.CONFIRMED, getOrder.get(customer, id).status());
    }

    @Test
    void everyReaderGetsTheirOwnViewOfOneCachedOrder() {
        Actor ada = shop.user(Role.SELLER);
        Actor bob = shop.user(Role.SELLER);
        Product adasMug = shop.product(ada, 10);
        Product bobsTea = shop.product(bob, 10);
        Actor customer = shop.customer();
        OrderId id = new OrderId(placeOrder.place(customer, order(List.of(
                new PlaceOrderCommand.Line(adasMug.id(), 1), new PlaceOrderCommand.Line(bobsTea.id(), 2))), null)
                .order().id());
        getOrder.get(shop.admin(), id);

        assertEquals(2, getOrder.get(customer, id).lines().size());
        OrderView adas = getOrder.get(ada, id);
        assertTrue(adas.partial());
        assertEquals(List.of(adasMug.id()), adas.lines().stream().map(OrderLine::productId).toList());
        assertEquals(List.of(bobsTea.id()), getOrder.get(bob, id).lines().stream().map(OrderLine::productId).toList());
        assertEquals("ORDER_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> getOrder.get(shop.customer(), id)).code());
        assertEquals("ORDER_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> getOrder.get(shop.user(Role.SELLER), id)).code());
    }

    @Test
    void aPaidOrdersBalanceIsCachedWithItUntilAPaymentChangesIt() {
        Product mug = shop.product(shop.user(Role.SELLER), 10, 1000, "EUR");
        Actor customer = shop.customer();
        OrderId id = new OrderId(placeOrder.place(customer, order(mug.id(), 2), null).order().id());
        pay(id, 300);
        Money owed = getOrder.get(customer, id).balanceDue();

        // the ledger changed behind the application's back: a read that queried it would show this
        sql("UPDATE payments SET amount_minor = amount_minor + 100 WHERE order_id = ?", id.value());
        OrderView cached = getOrder.get(customer, id);
        assertEquals(owed, cached.balanceDue(), "read from the cache, the ledger not queried");
        assertEquals(Optional.of(cached), withoutBlocking(customer, id), "the balance cached with it");

        pay(id, 200);
        assertEquals(Optional.empty(), withoutBlocking(customer, id), "the payment dropped the order and balance");

        OrderView afterThePayment = getOrder.get(customer, id);
        assertEquals(owed.minus(Money.of(300, "EUR")), afterThePayment.balanceDue(),
                "read from the ledger again: both payments and the change behind its back");
        assertEquals(Optional.of(afterThePayment), withoutBlocking(customer, id), "cached again, with the new balance");
    }

    @Test
    void aCachedOrderIsAnsweredWithoutBlockingOnlyToThoseWhoMaySeeIt() {
        Actor ada = shop.user(Role.SELLER);
        Product adasMug = shop.product(ada, 10);
        Actor customer = shop.customer();
        OrderId id = new OrderId(placeOrder.place(customer, order(adasMug.id(), 1), null).order().id());
        assertEquals(Optional.empty(), withoutBlocking(customer, id), "not cached yet");
        OrderView full = getOrder.get(customer, id);

        assertEquals(Optional.of(full), withoutBlocking(customer, id));
        assertEquals(Optional.of(getOrder.get(ada, id)), withoutBlocking(ada, id));
        assertEquals("ORDER_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> withoutBlocking(shop.customer(), id)).code());
        assertEquals("ORDER_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> withoutBlocking(shop.user(Role.SELLER), id)).code());

        cancelOrder.cancel(customer, id, "changed my mind");
        assertEquals(Optional.empty(), withoutBlocking(customer, id), "the change dropped it: never the old one");
        OrderView cancelled = getOrder.get(customer, id);
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(Optional.of(cancelled), withoutBlocking(customer, id));
    }

    /**
     * {@link GetCachedOrderQuery#getWithoutBlocking}, continued on a thread of its own, which must have been used
     * exactly when the cache is not in this process (a cache server's reply is decoded there).
     */
    private Optional<OrderView> withoutBlocking(Actor actor, OrderId id) {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicBoolean used = new AtomicBoolean();
        Executor elsewhere = task -> {
            used.set(true);
            pool.execute(task);
        };
        try {
            Optional<OrderView> view = getCachedOrder.getWithoutBlocking(actor, id, elsewhere).toCompletableFuture()
                    .get(5, TimeUnit.SECONDS);
            assertEquals(!holdsEntriesInProcess(), used.get(), "continued on the executor given");
            return view;
        } catch (ExecutionException e) {
            assertEquals(!holdsEntriesInProcess(), used.get(), "failed on the executor given");
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e);
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private void pay(OrderId order, long amountMinor) {
        recordPayment.record(shop.admin(), order, new RecordPaymentCommand(PaymentMethod.CASH,
                Money.of(amountMinor, "EUR"), null, null, null), null);
    }

    @Test
    void cataloguePagesAreCachedAsTheirProductsAndDroppedByProductChanges() {
        Actor seller = shop.user(Role.SELLER);
        String category = "cache-" + UUID.randomUUID();
        Product anvil = product(seller, "Anvil", category, 5000);
        Product bellows = product(seller, "Bellows", category, 3000);
        ProductFilter byName = new ProductFilter(null, category, ProductSearch.Sort.NAME, SortDirection.ASC);
        // the first read caches the page, the second its products
        for (int read = 0; read < 2; read++) {
            assertEquals(List.of("Anvil", "Bellows"), names(listProducts.catalogue(Shop.anonymous(), byName,
                    new PageRequest(0, 10))));
        }

        sql("UPDATE products SET name = 'Zither', name_lower = 'zither' WHERE id = ?", anvil.id().value());
        assertEquals(List.of("Anvil", "Bellows"), names(listProducts.catalogue(Shop.anonymous(), byName,
                new PageRequest(0, 10))), "read from the cache");

        placeOrder.place(shop.customer(), order(anvil.id(), 2), null);
        Page<Product> afterTheOrder = listProducts.catalogue(Shop.anonymous(), byName, new PageRequest(0, 10));
        assertEquals(List.of("Zither", "Bellows"), names(afterTheOrder),
                "the ordered product is read again, the page keeps its order");
        assertEquals(8, afterTheOrder.items().get(0).stock().available());

        updateProduct.update(seller, bellows.id(), new UpdateProductCommand(null, Money.of(3100, "EUR"), null,
                null));

        assertEquals(List.of("Bellows", "Zither"), names(listProducts.catalogue(Shop.anonymous(), byName,
                new PageRequest(0, 10))), "every page is read again");
    }

    private Product product(Actor seller, String name, String category, long price) {
        return shop.create(seller, new CreateProductCommand(new Sku("CACHE-" + UUID.randomUUID().toString()
                .substring(0, 8)), new ProductDetails(name, null, category, null), Money.of(price, "EUR"), 10, 1,
                null));
    }

    private static List<String> names(Page<Product> page) {
        return page.items().stream().map(p -> p.details().name()).toList();
    }

    private void sql(String statement, UUID id) {
        try (Connection connection = DriverManager.getConnection(database);
             PreparedStatement update = connection.prepareStatement(statement)) {
            update.setObject(1, id);
            assertEquals(1, update.executeUpdate(), statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

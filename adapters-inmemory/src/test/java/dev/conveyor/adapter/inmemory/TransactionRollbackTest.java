package dev.conveyor.adapter.inmemory;

import static dev.conveyor.adapter.inmemory.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.port.out.EventLogPort.EventMetadata;
import dev.conveyor.application.shared.port.out.IdempotencyPort.IdempotencyRecord;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.RefreshToken;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An exception inside a transaction leaves no write of any adapter behind. */
class TransactionRollbackTest {

    private static final Duration WINDOW = Duration.ofSeconds(60);

    private final Fixtures.Adapters a = Fixtures.Adapters.create();

    @Test
    void anExceptionRollsBackTheWritesOfEveryAdapter() {
        User customer = Fixtures.user("ada@example.com", "Ada", T0);
        Product product = Fixtures.product("SKU-1", 10);
        Order order = Fixtures.order(customer.id(), 1, product, 2, T0, WINDOW);
        RefreshToken token = RefreshToken.startFamily(customer.id(), "hash-1", T0, Duration.ofDays(1));
        EventMetadata metadata = new EventMetadata("corr", null, customer.id().value());
        a.users().insert(customer);
        a.products().insert(product);
        a.stock().reserve(product.id(), 2);
        a.orders().insert(order);
        a.refreshTokens().insert(token);
        a.eventLog().append(product.pullEvents(), metadata);
        IllegalStateException failure = new IllegalStateException("the work failed at the very end");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> a.transactions()
                .inTransaction(() -> {
                    User other = Fixtures.user("bob@example.com", "Bob", T0);
                    a.users().insert(other);
                    User loadedCustomer = a.users().findById(customer.id()).orElseThrow();
                    loadedCustomer.changeRole(Role.SELLER, T0);
                    a.users().update(loadedCustomer);
                    Product another = Fixtures.product("SKU-2", 3);
                    a.products().insert(another);
                    Product loadedProduct = a.products().findById(product.id()).orElseThrow();
                    loadedProduct.revise(null, Money.of(1, "EUR"), null, null, T0);
                    a.products().update(loadedProduct);
                    a.stock().reserve(product.id(), 5);
                    a.stock().lockForAdjustment(product.id());
                    a.stock().setOnHand(product.id(), 50);
                    a.adjustments().record(new StockAdjustment.Request(StockAdjustment.Kind.CORRECTION, 50, "count")
                            .recorded(product.id(), 10, 50, customer.id(), T0));
                    Order loadedOrder = a.orders().findById(order.id()).orElseThrow();
                    loadedOrder.cancelByCustomer(customer.id(), null, T0.plusSeconds(1));
                    a.orders().update(loadedOrder);
                    a.orders().insert(Fixtures.order(other.id(), 2, another, 1, T0, WINDOW));
                    a.refreshTokens().markUsed(token.id(), T0);
                    a.refreshTokens().revokeAllOf(customer.id(), T0);
                    a.refreshTokens().insert(RefreshToken.startFamily(other.id(), "hash-2", T0, Duration.ofDays(1)));
                    a.idempotency().claim(new IdempotencyRecord(customer.id().toString(), "key", "place-order", "f",
                            UUID.randomUUID(), T0, T0.plusSeconds(60)));
                    a.eventLog().append(loadedOrder.pullEvents(), metadata);
                    throw failure;
                }));

        assertSame(failure, thrown);
        User storedCustomer = a.users().findById(customer.id()).orElseThrow();
        assertEquals(Role.CUSTOMER, storedCustomer.role());
        assertEquals(0, storedCustomer.version());
        assertTrue(a.users().findByEmail(new Email("bob@example.com")).isEmpty());
        assertEquals(1, a.users().list(null, null, PageRequest.of(0, 10)).total());
        Product storedProduct = a.products().findById(product.id()).orElseThrow();
        assertEquals(product.price(), storedProduct.price());
        assertEquals(new Stock(10, 2), storedProduct.stock());
        assertEquals(0, storedProduct.version());
        assertEquals(1, a.products().search(new ProductSearch(null, null, null, false, ProductSearch.Sort.SKU,
                SortDirection.ASC), PageRequest.of(0, 10)).total());
        assertEquals(0, a.adjustments().list(product.id(), PageRequest.of(0, 10)).total());
        Order storedOrder = a.orders().findById(order.id()).orElseThrow();
        assertEquals(OrderStatus.PENDING, storedOrder.status());
        assertEquals(0, storedOrder.version());
        assertEquals(1, a.orders().findDueForConfirmation(T0.plus(WINDOW), 10).size());
        RefreshToken storedToken = a.refreshTokens().findByHash("hash-1").orElseThrow();
        assertTrue(!storedToken.isUsed() && !storedToken.isRevoked());
        assertTrue(a.refreshTokens().findByHash("hash-2").isEmpty());
        assertTrue(a.idempotency().find(customer.id().toString(), "key", T0).isEmpty());
        assertEquals(1, a.eventLog().events().size());
        assertEquals(0, a.orders().findByCustomer(customer.id(), Set.of(OrderStatus.CANCELLED),
                PageRequest.of(0, 10)).total());
    }
}

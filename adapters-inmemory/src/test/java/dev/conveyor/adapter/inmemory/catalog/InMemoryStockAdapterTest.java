package dev.conveyor.adapter.inmemory.catalog;

import static dev.conveyor.adapter.inmemory.Fixtures.T0;
import static dev.conveyor.adapter.inmemory.Fixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.inmemory.Fixtures;
import dev.conveyor.application.shared.port.out.StockPort.Reason;
import dev.conveyor.application.shared.port.out.StockPort.Refused;
import dev.conveyor.application.shared.port.out.StockPort.Reserved;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.catalog.StockLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryStockAdapterTest {

    private final Fixtures.Adapters adapters = Fixtures.Adapters.create();
    private final InMemoryStockAdapter stock = adapters.stock();

    @Test
    void reserveReturnsTheProductAsReservedAndTheLevelAfter() {
        Product product = stored(product("SKU-1", 10));

        Reserved reserved = assertInstanceOf(Reserved.class, stock.reserve(product.id(), 3));

        assertEquals(product.sku(), reserved.sku());
        assertEquals(product.details().name(), reserved.name());
        assertEquals(product.price(), reserved.price());
        assertEquals(product.sellerId(), reserved.sellerId());
        assertEquals(new Stock(10, 3), reserved.after().stock());
        assertEquals(new Stock(10, 3), adapters.products().findById(product.id()).orElseThrow().stock());
    }

    @Test
    void reserveRefusesWithTheReasonAndTheUnitsAvailable() {
        Product product = stored(product("SKU-1", 4));
        Product inactive = stored(product("SKU-2", 4));
        Product loaded = adapters.products().findById(inactive.id()).orElseThrow();
        loaded.revise(null, null, false, null, T0);
        adapters.products().update(loaded);
        ProductId unknown = ProductId.newId();

        assertEquals(new Refused(product.id(), Reason.INSUFFICIENT_STOCK, 4), stock.reserve(product.id(), 5));
        assertEquals(new Refused(inactive.id(), Reason.INACTIVE, 4), stock.reserve(inactive.id(), 1));
        assertEquals(new Refused(unknown, Reason.NOT_FOUND, 0), stock.reserve(unknown, 1));
        assertInstanceOf(Reserved.class, stock.reserve(product.id(), 4));
        assertEquals(new Refused(product.id(), Reason.INSUFFICIENT_STOCK, 0), stock.reserve(product.id(), 1));
    }

    @Test
    void releaseGivesBackReservedUnitsAndNeverMoreThanReserved() {
        Product product = stored(product("SKU-1", 10));
        stock.reserve(product.id(), 4);

        assertEquals(new Stock(10, 1), stock.release(product.id(), 3).stock());
        assertThrows(IllegalArgumentException.class, () -> stock.release(product.id(), 2));
        assertEquals(new Stock(10, 1), stock.lockForAdjustment(product.id()).orElseThrow().stock());
    }

    @Test
    void setOnHandChangesUnitsOnHandButNeverBelowReserved() {
        Product product = stored(product("SKU-1", 10));
        stock.reserve(product.id(), 4);

        StockLevel before = adapters.transactions().inTransaction(() -> stock.lockForAdjustment(product.id()))
                .orElseThrow();
        assertEquals(new Stock(10, 4), before.stock());
        assertEquals(new Stock(25, 4), stock.setOnHand(product.id(), 25).stock());
        assertThrows(IllegalArgumentException.class, () -> stock.setOnHand(product.id(), 3));
        assertEquals(new Stock(25, 4), stock.lockForAdjustment(product.id()).orElseThrow().stock());
        assertTrue(stock.lockForAdjustment(ProductId.newId()).isEmpty());
    }

    @Test
    void stockChangesDoNotMoveTheCatalogueVersion() {
        Product product = stored(product("SKU-1", 10));
        stock.reserve(product.id(), 1);
        stock.setOnHand(product.id(), 20);

        assertEquals(0, adapters.products().findById(product.id()).orElseThrow().version());
    }

    @Test
    void twoHundredConcurrentReservationsOfOneUnitSellExactlyTheTwentyInStock() throws Exception {
        Product product = stored(product("SKU-1", 20));
        int buyers = 200;
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<StockPort.Reservation>> tasks = new ArrayList<>();
            for (int i = 0; i < buyers; i++) {
                tasks.add(() -> {
                    start.await();
                    return adapters.transactions().inTransaction(() -> stock.reserve(product.id(), 1));
                });
            }
            List<Future<StockPort.Reservation>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(pool.submit(task)));
            start.countDown();
            int reserved = 0;
            for (Future<StockPort.Reservation> future : futures) {
                if (future.get() instanceof Reserved) {
                    reserved++;
                }
            }

            assertEquals(20, reserved);
            assertEquals(new Stock(20, 20), adapters.products().findById(product.id()).orElseThrow().stock());
        } finally {
            pool.shutdownNow();
        }
    }

    private Product stored(Product product) {
        adapters.products().insert(product);
        return product;
    }
}

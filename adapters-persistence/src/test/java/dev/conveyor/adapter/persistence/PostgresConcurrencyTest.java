package dev.conveyor.adapter.persistence;

import static dev.conveyor.adapter.persistence.Fixtures.NOW;
import static dev.conveyor.adapter.persistence.Fixtures.WINDOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.ordering.port.out.OrderNumberPort;
import dev.conveyor.application.shared.port.out.IdempotencyPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.StockPort.Reason;
import dev.conveyor.application.shared.port.out.StockPort.Refused;
import dev.conveyor.application.shared.port.out.StockPort.Reservation;
import dev.conveyor.application.shared.port.out.StockPort.Reserved;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What only a real PostgreSQL decides: row locks, re-checked conditions and
 * SKIP LOCKED under concurrent transactions. Every task runs with a time limit,
 * so a deadlock fails the test instead of hanging it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresConcurrencyTest implements OnPostgres {

    private static final long TIME_LIMIT_SECONDS = 60;

    @Inject
    TransactionPort transactions;
    @Inject
    StockPort stock;
    @Inject
    ProductRepositoryPort products;
    @Inject
    OrderRepositoryPort orders;
    @Inject
    OrderNumberPort numbers;
    @Inject
    IdempotencyPort idempotency;
    @Inject
    Fixtures fixtures;

    @Test
    void twoHundredBuyersOfTwentyUnitsGetExactlyTwenty() throws Exception {
        Product product = fixtures.product(fixtures.user(Role.SELLER), 20);

        List<Reservation> outcomes = runConcurrently(200,
                buyer -> transactions.inTransaction(() -> stock.reserve(product.id(), 1)));

        assertEquals(20, outcomes.stream().filter(Reserved.class::isInstance).count());
        List<Refused> refused = outcomes.stream().filter(Refused.class::isInstance).map(Refused.class::cast).toList();
        assertEquals(180, refused.size());
        assertTrue(refused.stream().allMatch(r -> r.reason() == Reason.INSUFFICIENT_STOCK && r.available() == 0));
        assertEquals(new Stock(20, 20), products.findById(product.id()).orElseThrow().stock());
    }

    @Test
    void ordersOfSeveralProductsReservedInIdOrderNeverDeadlock() throws Exception {
        User seller = fixtures.user(Role.SELLER);
        List<ProductId> catalogue = IntStream.range(0, 6).mapToObj(i -> fixtures.product(seller, 10_000).id())
                .sorted().toList();
        Map<ProductId, Integer> expected = new ConcurrentHashMap<>();

        runConcurrently(32, buyer -> {
            Random random = new Random(buyer);
            for (int order = 0; order < 15; order++) {
                Map<ProductId, Integer> wanted = new TreeMap<>();
                for (int line = 0; line < 3; line++) {
                    wanted.merge(catalogue.get(random.nextInt(catalogue.size())), 1 + random.nextInt(3),
                            Integer::sum);
                }
                transactions.inTransaction(() -> wanted.forEach((id, quantity) ->
                        assertTrue(stock.reserve(id, quantity) instanceof Reserved)));
                wanted.forEach((id, quantity) -> expected.merge(id, quantity, Integer::sum));
            }
            return null;
        });

        for (ProductId id : catalogue) {
            assertEquals(expected.getOrDefault(id, 0), products.findById(id).orElseThrow().stock().reserved());
        }
    }

    @Test
    void ofConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        String scope = Fixtures.unique("scope-");

        List<Boolean> claimed = runConcurrently(20, attempt -> transactions.inTransaction(() -> {
            boolean won = idempotency.claim(IdempotencyAndEventLogContract.record(scope, "same-key", NOW));
            sleep(won ? 200 : 0);
            return won;
        }));

        assertEquals(1, claimed.stream().filter(Boolean::booleanValue).count());
        assertTrue(idempotency.find(scope, "same-key", NOW).isPresent());
    }

    @Test
    void twoConfirmationJobsConfirmEveryDueOrderExactlyOnce() throws Exception {
        Instant base = Instant.parse("2022-02-02T12:00:00Z");
        User customer = fixtures.user(Role.CUSTOMER);
        Product product = fixtures.product(fixtures.user(Role.SELLER), 1_000);
        Set<OrderId> due = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            due.add(fixtures.order(customer, base.plusSeconds(i), product).id());
        }
        Instant now = base.plusSeconds(60).plus(WINDOW);
        CyclicBarrier bothHoldTheirFirstBatch = new CyclicBarrier(2);
        List<OrderId> confirmations = Collections.synchronizedList(new ArrayList<>());

        runConcurrently(2, job -> {
            boolean first = true;
            List<Order> batch;
            do {
                boolean waitForTheOther = first;
                batch = transactions.inTransaction(() -> {
                    List<Order> locked = orders.findDueForConfirmation(now, 5);
                    if (waitForTheOther) {
                        // both jobs hold locked batches at once: the second one skipped the first one's rows
                        await(bothHoldTheirFirstBatch);
                    }
                    for (Order order : locked) {
                        order.confirm(now);
                        orders.update(order);
                        confirmations.add(order.id());
                    }
                    return locked;
                });
                first = false;
            } while (!batch.isEmpty());
            return null;
        });

        assertEquals(due.size(), confirmations.size());
        assertEquals(due, new HashSet<>(confirmations));
        for (OrderId id : due) {
            Order order = orders.findById(id).orElseThrow();
            assertEquals(OrderStatus.CONFIRMED, order.status());
            assertEquals(1, order.version());
        }
    }

    @Test
    void orderNumbersStayUniqueUnderConcurrency() throws Exception {
        List<List<Long>> drawn = runConcurrently(8, worker -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                mine.add(transactions.inTransaction(numbers::nextOrderSequence));
            }
            return mine;
        });

        List<Long> all = drawn.stream().flatMap(List::stream).toList();
        assertEquals(2000, all.size());
        assertEquals(2000, new HashSet<>(all).size());
    }

    /** Starts all tasks at once and returns their results; any failure or overrun fails the test. */
    private static <T> List<T> runConcurrently(int tasks, Task<T> task) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(tasks);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int index = i;
                futures.add(executor.submit((Callable<T>) () -> {
                    start.await();
                    return task.run(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other job did not reach the barrier", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Task<T> {
        T run(int index) throws Exception;
    }
}

package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase.Action;
import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase.BulkOrderCommand;
import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase.BulkOutcome;
import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase.OrderOutcome;
import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase;
import dev.conveyor.application.backoffice.port.in.DeleteOrderViewUseCase;
import dev.conveyor.application.backoffice.port.in.ExportOrdersQuery;
import dev.conveyor.application.backoffice.port.in.ListOrderViewsQuery;
import dev.conveyor.application.backoffice.port.in.SaveOrderViewUseCase.SaveOrderViewCommand;
import dev.conveyor.application.backoffice.port.in.SaveOrderViewUseCase.SavedView;
import dev.conveyor.application.backoffice.port.in.SaveOrderViewUseCase;
import dev.conveyor.application.backoffice.port.in.SavedOrderView;
import dev.conveyor.application.backoffice.port.in.ListAdminOrdersQuery;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.backoffice.port.out.OrderExportRow;
import dev.conveyor.application.fulfilment.port.in.ListDeliveriesQuery;
import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.UnauthenticatedException;
import dev.conveyor.application.shared.UnprocessableException;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The order list's work on a selection (bulk actions, the selection's export) and its saved views; each subclass
 * runs it on one adapter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BulkOrdersContract {

    @Inject Shop shop;
    @Inject TestClock clock;
    @Inject PlaceOrderUseCase placeOrder;
    @Inject ConfirmDueOrdersUseCase confirmDueOrders;
    @Inject CancelOrderUseCase cancelOrder;
    @Inject GetOrderQuery getOrder;
    @Inject ListDeliveriesQuery deliveries;
    @Inject BulkOrderActionUseCase bulk;
    @Inject ExportOrdersQuery exportOrders;
    @Inject ListAdminOrdersQuery adminOrders;
    @Inject SaveOrderViewUseCase saveView;
    @Inject ListOrderViewsQuery listViews;
    @Inject DeleteOrderViewUseCase deleteView;

    private Actor staff;
    private Actor customer;
    private Product mug;

    @BeforeAll
    void seed() {
        staff = shop.user(Role.STAFF);
        customer = shop.customer();
        mug = shop.product(shop.user(Role.SELLER), 1_000);
    }

    @Test
    void shippingEachOrderMakesOneShippedDeliveryOfAllOfItAndReportsTheOrderThatCannotBe() {
        List<OrderId> confirmed = confirmed(3);
        OrderId cancelled = place(2);
        cancelOrder.cancel(staff, cancelled, "changed their mind");
        OrderId missing = new OrderId(UUID.randomUUID());

        BulkOutcome outcome = bulk.run(staff, new BulkOrderCommand(Action.SHIP,
                List.of(confirmed.get(0), cancelled, confirmed.get(1), missing, confirmed.get(2))), null);

        assertEquals(List.of(OrderOutcome.done(confirmed.get(0)), failed(cancelled, "ORDER_CLOSED"),
                OrderOutcome.done(confirmed.get(1)), failed(missing, "ORDER_NOT_FOUND"),
                OrderOutcome.done(confirmed.get(2))), withoutMessages(outcome));
        assertFalse(outcome.replayed());
        for (OrderId id : confirmed) {
            OrderView order = getOrder.get(staff, id);
            assertEquals(FulfillmentStatus.SHIPPED, order.fulfillmentStatus());
            assertEquals(OrderStatus.PROCESSING, order.status());
            var made = deliveries.list(staff, id);
            assertEquals(1, made.size(), "one delivery per order");
            assertEquals(DeliveryStatus.SHIPPED, made.get(0).status());
        }
        assertEquals(OrderStatus.CANCELLED, getOrder.get(staff, cancelled).status());
    }

    @Test
    void processingMovesEachOrderThatMayMoveAndARetryWithTheKeyAnswersTheStoredOutcomes() {
        List<OrderId> confirmed = confirmed(2);
        OrderId pending = place(1);
        BulkOrderCommand command = new BulkOrderCommand(Action.PROCESS,
                List.of(confirmed.get(0), pending, confirmed.get(1)));
        IdempotencyKey key = new IdempotencyKey("bulk-" + UUID.randomUUID());

        BulkOutcome first = bulk.run(staff, command, key);
        BulkOutcome retry = bulk.run(staff, command, key);

        assertEquals(List.of(OrderOutcome.done(confirmed.get(0)), failed(pending, "INVALID_STATUS_TRANSITION"),
                OrderOutcome.done(confirmed.get(1))), withoutMessages(first));
        assertTrue(first.orders().get(1).message().contains("PENDING"), first.orders().get(1).message());
        assertEquals(OrderStatus.PROCESSING, getOrder.get(staff, confirmed.get(0)).status());
        assertEquals(OrderStatus.PENDING, getOrder.get(staff, pending).status());
        assertTrue(retry.replayed());
        assertEquals(first.orders(), retry.orders(), "the stored outcomes, messages included");
        assertThrows(UnprocessableException.class, () -> bulk.run(staff,
                new BulkOrderCommand(Action.SHIP, command.orderIds()), key));
    }

    @Test
    void onlyStaffAndAdministratorsActOnSelections() {
        OrderId order = place(1);
        BulkOrderCommand command = new BulkOrderCommand(Action.PROCESS, List.of(order));
        for (Actor caller : List.of(customer, shop.user(Role.SELLER))) {
            assertThrows(ForbiddenException.class, () -> bulk.run(caller, command, null), caller::toString);
        }
        assertThrows(UnauthenticatedException.class, () -> bulk.run(Shop.anonymous(), command, null));
        assertEquals(OrderStatus.PENDING, getOrder.get(staff, order).status());
        assertEquals(1, bulk.run(shop.admin(), command, null).orders().size());
    }

    @Test
    void aSelectionIsBoundedAndHoldsEachOrderOnce() {
        OrderId order = new OrderId(UUID.randomUUID());
        assertEquals("orderIds", assertThrows(InvalidInputException.class,
                () -> new BulkOrderCommand(Action.SHIP, List.of())).field());
        assertEquals("orderIds[1]", assertThrows(InvalidInputException.class,
                () -> new BulkOrderCommand(Action.SHIP, List.of(order, order))).field());
        List<OrderId> tooMany = IntStream.range(0, AdminOrderSearch.MAX_SELECTED + 1)
                .mapToObj(i -> new OrderId(UUID.randomUUID())).toList();
        assertEquals("orderIds", assertThrows(InvalidInputException.class,
                () -> new BulkOrderCommand(Action.SHIP, tooMany)).field());
    }

    @Test
    void theSelectionFindsAndExportsExactlyItsOrders() {
        List<OrderId> placed = List.of(place(1), place(2), place(3));
        AdminOrderSearch selection = new AdminOrderSearch(null, null, null, null, null, null, null, null, null,
                new LinkedHashSet<>(List.of(placed.get(0), placed.get(2), new OrderId(UUID.randomUUID()))));

        List<UUID> listed = adminOrders.list(staff, selection, new PageRequest(0, 100)).orders().items().stream()
                .map(OrderView::id).toList();
        List<OrderExportRow> rows = new ArrayList<>();
        exportOrders.export(staff, selection).writeTo(rows::add);

        List<UUID> newestFirst = List.of(placed.get(2).value(), placed.get(0).value());
        assertEquals(newestFirst, listed);
        assertEquals(newestFirst, rows.stream().map(OrderExportRow::id).toList());
    }

    @Test
    void aStaffMemberSavesListsAndDeletesViewsOfTheirOwn() {
        Actor mine = shop.user(Role.STAFF);
        Actor other = shop.user(Role.STAFF);
        IdempotencyKey key = new IdempotencyKey("view-" + UUID.randomUUID());
        SaveOrderViewCommand late = new SaveOrderViewCommand("Late shipments",
                Map.of("status", "CONFIRMED", "sort", "createdAt,asc", "q", " "));

        SavedOrderView saved = saveView.save(mine, late, key).view();
        SavedView retried = saveView.save(mine, late, key);
        SavedOrderView big = saveView.save(mine, new SaveOrderViewCommand("big ones", Map.of("sort", "total,desc")),
                null).view();

        assertEquals(Map.of("status", "CONFIRMED", "sort", "createdAt,asc"), saved.filters(), "blank filters left out");
        assertTrue(retried.replayed());
        assertEquals(saved, retried.view());
        assertEquals(List.of(big, saved), listViews.list(mine), "by name, any case");
        assertEquals(List.of(), listViews.list(other), "nobody sees another's views");
        assertEquals("VIEW_NAME_TAKEN", assertThrows(ConflictException.class, () -> saveView.save(mine,
                new SaveOrderViewCommand("LATE SHIPMENTS", Map.of()), null)).code());
        saveView.save(other, late, null);
        assertEquals("VIEW_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> deleteView.delete(other, saved.id())).code());
        deleteView.delete(mine, saved.id());
        assertEquals(List.of(big), listViews.list(mine));
        assertEquals(1, listViews.list(other).size());
        assertThrows(ForbiddenException.class, () -> listViews.list(customer));
        assertEquals("filters.colour", assertThrows(InvalidInputException.class,
                () -> new SaveOrderViewCommand("x", Map.of("colour", "red"))).field());
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> new SaveOrderViewCommand(" ", Map.of())).field());
    }

    @Test
    void ofEightSavesRacingWithOneNameOneWinsAndTheOthersAreTold() throws Exception {
        Actor mine = shop.user(Role.STAFF);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> saves = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = i % 2 == 0 ? "Returns" : "RETURNS";
                saves.add(pool.submit(() -> {
                    go.await();
                    try {
                        saveView.save(mine, new SaveOrderViewCommand(name, Map.of()), null);
                        return "saved";
                    } catch (ConflictException e) {
                        return e.code();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> save : saves) {
                outcomes.add(save.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, outcomes.stream().filter("saved"::equals).count(), outcomes::toString);
            assertEquals(7, outcomes.stream().filter("VIEW_NAME_TAKEN"::equals).count(), outcomes::toString);
            assertEquals(1, listViews.list(mine).size());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<OrderId> confirmed(int count) {
        List<OrderId> orders = IntStream.range(0, count).mapToObj(i -> place(1)).toList();
        clock.advance(UseCaseContract.WINDOW);
        confirmDueOrders.confirmDueOrders();
        return orders;
    }

    private OrderId place(int quantity) {
        OrderId id = new OrderId(placeOrder.place(customer, Shop.order(mug.id(), quantity), null).order().id());
        clock.advance(Duration.ofSeconds(1));
        return id;
    }

    private static OrderOutcome failed(OrderId order, String code) {
        return new OrderOutcome(order, false, code, null);
    }

    private static List<OrderOutcome> withoutMessages(BulkOutcome outcome) {
        return outcome.orders().stream().map(o -> new OrderOutcome(o.orderId(), o.succeeded(), o.code(), null))
                .toList();
    }
}

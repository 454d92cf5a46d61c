package dev.conveyor.bootstrap.usecases;

import static dev.conveyor.bootstrap.usecases.UseCaseContract.runConcurrently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.events.port.in.GetOrderTimelineQuery;
import dev.conveyor.application.events.port.in.PublishEventsUseCase;
import dev.conveyor.application.events.port.in.TimelineEntry;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreateDeliveryCommand;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase.Change;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase.EditOrderCommand;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase.EditedOrder;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.ListOrderEditsQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase.PlacedOrder;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordPaymentCommand;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.pricing.port.in.CreateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.in.ShippingMethodCommand;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.order.OrderEdit;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingRule;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.NotFoundException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editing a placed order before shipment through the use cases, the same on every persistence adapter (each
 * subclass picks one): stock moves with the edit, the order is re-priced, the balance follows, history is kept,
 * and concurrent changes are detected.
 */
abstract class OrderEditsContract extends OrderFixture {

    @Inject PlaceOrderUseCase placeOrder;
    @Inject ConfirmedOrders confirmedOrders;
    @Inject GetOrderQuery getOrder;
    @Inject CreateDeliveryUseCase createDelivery;
    @Inject EditOrderUseCase editOrder;
    @Inject ListOrderEditsQuery listEdits;
    @Inject RecordPaymentUseCase recordPayment;
    @Inject PublishEventsUseCase publish;
    @Inject GetOrderTimelineQuery timeline;
    @Inject CreateShippingMethodUseCase createShippingMethod;

    Product plate;
    Product bowl;

    @BeforeEach
    void products() {
        plate = shop.product(seller, 10, 800, "EUR");
        bowl = shop.product(otherSeller, 10, 500, "EUR");
    }

    /** A pending order of 4 mugs (line 1), 2 plates (line 2) and 2 bowls of another seller (line 3): 76.00 EUR. */
    OrderId pendingOrder() {
        return new OrderId(placeOrder.place(customer, Shop.order(List.of(new PlaceOrderCommand.Line(mug.id(), 4),
                new PlaceOrderCommand.Line(plate.id(), 2), new PlaceOrderCommand.Line(bowl.id(), 2))), null)
                .order().id());
    }

    OrderId confirmedOrder() {
        OrderId id = pendingOrder();
        confirmedOrders.confirmDue();
        return id;
    }

    EditedOrder edit(Actor actor, OrderId order, Change... changes) {
        return editOrder.edit(actor, order, new EditOrderCommand(List.of(changes), version(order)), null);
    }

    long version(OrderId order) {
        return getOrder.get(staff, order).version();
    }

    DeliveryView deliver(OrderId order, int lineNo, int quantity) {
        return createDelivery.create(staff, order, new CreateDeliveryCommand(
                List.of(new CreateDeliveryUseCase.Line(lineNo, quantity)), "DHL", null), null).delivery();
    }

    @Test
    void theCustomerLowersAndRemovesLinesOfAPendingOrderAndTheStockAndPriceFollow() {
        OrderId order = pendingOrder();

        OrderView after = edit(customer, order, Change.setQuantity(1, 2), Change.removeLine(3)).order();

        assertEquals(List.of(1, 2), after.lines().stream().map(OrderLine::lineNo).toList());
        assertEquals(List.of(2, 2), after.lines().stream().map(OrderLine::quantity).toList());
        assertEquals(eur(2 * 1250 + 2 * 800), after.total());
        assertEquals(eur(2 * 1250 + 2 * 800), after.balanceDue());
        assertEquals(new Stock(10, 2), stockOf(mug));
        assertEquals(new Stock(10, 0), stockOf(bowl));
        List<OrderEdit> history = listEdits.list(customer, order, PageRequest.of(0, 20)).edits().items();
        assertEquals(1, history.size());
        OrderEdit edit = history.get(0);
        assertEquals(customer.userId(), edit.editedBy());
        assertEquals(eur(7600), edit.totalBefore());
        assertEquals(eur(4100), edit.totalAfter());
        assertEquals(List.of(OrderEdit.ChangeType.SET_QUANTITY, OrderEdit.ChangeType.REMOVE_LINE),
                edit.changes().stream().map(OrderEdit.Change::type).toList());
        assertEquals(List.of(4, 2), edit.changes().stream().map(OrderEdit.Change::quantityBefore).toList());
        assertEquals(List.of(2, 0), edit.changes().stream().map(OrderEdit.Change::quantityAfter).toList());
    }

    @Test
    void staffAddALineToAConfirmedOrderAtTheProductsPriceAndTheCustomerNoLongerEdits() {
        OrderId order = confirmedOrder();

        ConflictException late = assertThrows(ConflictException.class,
                () -> edit(customer, order, Change.setQuantity(1, 3)));
        OrderView after = edit(staff, order, Change.addLine(bowl.id(), 3), Change.setQuantity(2, 5)).order();

        assertEquals("ORDER_NOT_EDITABLE", late.code());
        assertEquals(4, after.lines().size());
        OrderLine added = after.lines().get(3);
        assertEquals(4, added.lineNo());
        assertEquals(3, added.quantity());
        assertEquals(eur(500), added.unitPrice());
        assertEquals(eur(7600 + 3 * 500 + 3 * 800), after.total());
        assertEquals(new Stock(10, 5), stockOf(bowl));
        assertEquals(new Stock(10, 5), stockOf(plate));
    }

    @Test
    void theAddressMovesWithinItsCountryOnly() {
        OrderId order = pendingOrder();
        Address moved = Address.of("a", "Ada Lovelace", "2 Babbage Road", null, "London", null, "N2 1AA", "GB");
        Address abroad = Address.of("a", "Ada Lovelace", "1 Rue X", null, "Paris", null, "75001", "FR");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> edit(customer, order, Change.shippingAddress(abroad)));
        OrderView after = edit(customer, order, Change.shippingAddress(moved)).order();

        assertEquals("changes[0].shippingAddress.country", refused.field());
        assertEquals(moved, after.shippingAddress());
        assertEquals(moved, getOrder.get(staff, order).shippingAddress());
    }

    @Test
    void aNewShippingMethodIsChargedByItsRuleNowForTheEditedParcelAndNoneChargesNothing() {
        OrderId order = pendingOrder();
        ShippingMethod perItem = createShippingMethod.create(shop.admin(), new ShippingMethodCommand(
                "Per item " + UUID.randomUUID(), "DHL", "EUR", Set.of("GB"), new ShippingRule.PerItem(100), null,
                TaxCategory.STANDARD, true), null).value();

        OrderView shipped = edit(customer, order, Change.shippingMethod(perItem.id()), Change.setQuantity(1, 2)).order();
        OrderView lowered = edit(customer, order, Change.setQuantity(2, 1)).order();
        OrderView without = edit(customer, order, Change.shippingMethod(null)).order();

        assertEquals(perItem.name(), shipped.price().shipping().name());
        assertEquals(6 * 100, shipped.price().shipping().amount());
        assertEquals(eur(2 * 1250 + 2 * 800 + 2 * 500 + 600), shipped.total());
        assertEquals(600, lowered.price().shipping().amount(), "the charge stays as copied while the method does");
        assertEquals(null, without.price().shipping());
        assertEquals(eur(2 * 1250 + 800 + 2 * 500), without.total());
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        OrderId order = pendingOrder();
        long seen = version(order);
        edit(staff, order, Change.setQuantity(1, 3));

        ConflictException stale = assertThrows(ConflictException.class, () -> editOrder.edit(staff, order,
                new EditOrderCommand(List.of(Change.setQuantity(1, 1)), seen), null));

        assertEquals("STALE_VERSION", stale.code());
        assertEquals(3, getOrder.get(staff, order).lines().get(0).quantity());
        assertEquals(new Stock(10, 3), stockOf(mug));
    }

    @Test
    void aLineCannotFallBelowWhatADeliveryHoldsNorLeaveTheOrder() {
        OrderId order = confirmedOrder();
        deliver(order, 1, 3);

        ConflictException below = assertThrows(ConflictException.class,
                () -> edit(staff, order, Change.setQuantity(1, 2)));
        ConflictException removed = assertThrows(ConflictException.class, () -> edit(staff, order, Change.removeLine(1)));
        OrderView lowered = edit(staff, order, Change.setQuantity(1, 3)).order();

        assertEquals("QUANTITY_BELOW_FULFILLED", below.code());
        assertTrue(below.getMessage().contains("line 1"), below.getMessage());
        assertEquals("LINE_IN_FULFILMENT", removed.code());
        assertEquals(3, lowered.lines().get(0).quantity());
        assertEquals(0, lowered.lines().get(0).remaining());
        assertEquals(new Stock(10, 3), stockOf(mug));
    }

    @Test
    void anEditOfAPaidOrderThatLowersItMakesTheDifferenceRefundableAndOneThatRaisesItMakesItDue() {
        OrderId order = confirmedOrder();
        recordPayment.record(staff, order, new RecordPaymentCommand(PaymentMethod.CASH, eur(7600), null, null, null),
                null);

        OrderView lowered = edit(staff, order, Change.setQuantity(2, 1)).order();

        assertEquals(PaymentStatus.PAID, lowered.paymentStatus());
        assertEquals(eur(800), lowered.refundable());
        assertEquals(eur(0), lowered.balanceDue());

        OrderView raised = edit(staff, order, Change.setQuantity(1, 6)).order();

        assertEquals(PaymentStatus.PARTIALLY_PAID, raised.paymentStatus());
        assertEquals(eur(0), raised.refundable());
        assertEquals(eur(2 * 1250 - 800), raised.balanceDue());
    }

    @Test
    void moreThanIsInStockIsRefusedAndNothingIsReserved() {
        OrderId order = pendingOrder();

        ConflictException refused = assertThrows(ConflictException.class,
                () -> edit(customer, order, Change.setQuantity(2, 1), Change.setQuantity(1, 11)));

        assertEquals("OUT_OF_STOCK", refused.code());
        assertEquals(new Stock(10, 4), stockOf(mug));
        assertEquals(new Stock(10, 2), stockOf(plate));
        assertEquals(2, getOrder.get(staff, order).lines().get(1).quantity());
        assertTrue(listEdits.list(staff, order, PageRequest.of(0, 20)).edits().items().isEmpty());
    }

    @Test
    void sellersDoNotEditAndSeeOnlyTheChangesOfTheirLinesStrangersNothing() {
        OrderId order = pendingOrder();
        edit(staff, order, Change.setQuantity(1, 3), Change.setQuantity(3, 1));

        assertThrows(ForbiddenException.class, () -> edit(seller, order, Change.setQuantity(1, 2)));
        ListOrderEditsQuery.Edits own = listEdits.list(otherSeller, order, PageRequest.of(0, 20));
        assertThrows(NotFoundException.class, () -> listEdits.list(shop.customer(), order, PageRequest.of(0, 20)));
        assertThrows(NotFoundException.class, () -> edit(shop.customer(), order, Change.setQuantity(1, 2)));

        assertTrue(own.partial());
        assertEquals(List.of(3), own.edits().items().get(0).changes().stream().map(OrderEdit.Change::lineNo).toList());
        assertFalse(listEdits.list(customer, order, PageRequest.of(0, 20)).partial());
    }

    @Test
    void orderEditedTellsTheCustomerEverythingAndASellerOnlyTheirLinesWithoutTotals() {
        OrderId order = pendingOrder();
        edit(staff, order, Change.setQuantity(1, 3), Change.setQuantity(3, 1));
        publish.publish();

        Map<?, ?> whole = edited(customer, order);
        Map<?, ?> sellers = edited(otherSeller, order);

        assertEquals(List.of(1, 3), ((List<?>) whole.get("lines")).stream()
                .map(line -> ((Number) ((Map<?, ?>) line).get("lineNo")).intValue()).toList());
        assertEquals(7600L, ((Number) ((Map<?, ?>) whole.get("totals")).get("beforeMinor")).longValue());
        assertEquals(7600L - 1250 - 500, ((Number) ((Map<?, ?>) whole.get("totals")).get("afterMinor")).longValue());
        assertEquals(List.of(3), ((List<?>) sellers.get("lines")).stream()
                .map(line -> ((Number) ((Map<?, ?>) line).get("lineNo")).intValue()).toList());
        assertFalse(sellers.containsKey("totals"), sellers::toString);
    }

    private Map<?, ?> edited(Actor reader, OrderId order) {
        return timeline.timeline(reader, order).stream().map(TimelineEntry::event)
                .filter(event -> event.type().equals("order:edited")).findFirst().orElseThrow().payload();
    }

    @Test
    void aRetryWithTheSameKeyEditsNothingMore() {
        OrderId order = pendingOrder();
        IdempotencyKey key = new IdempotencyKey("edit-" + UUID.randomUUID());
        EditOrderCommand command = new EditOrderCommand(List.of(Change.setQuantity(1, 5)), version(order));

        assertFalse(editOrder.edit(customer, order, command, key).replayed());
        EditedOrder retry = editOrder.edit(customer, order, command, key);

        assertTrue(retry.replayed());
        assertEquals(5, retry.order().lines().get(0).quantity());
        assertEquals(new Stock(10, 5), stockOf(mug));
        assertEquals(1, listEdits.list(customer, order, PageRequest.of(0, 20)).edits().total());
    }

    @Test
    void ofConcurrentEditsOfOneVersionExactlyOneWins() throws Exception {
        OrderId order = pendingOrder();
        long seen = version(order);

        List<Object> outcomes = runConcurrently(8, () -> editOrder.edit(staff, order,
                new EditOrderCommand(List.of(Change.setQuantity(1, 5)), seen), null));

        assertEquals(1, outcomes.stream().filter(EditedOrder.class::isInstance).count(), outcomes::toString);
        assertEquals(7, outcomes.stream().filter(o -> o instanceof ConflictException e
                && e.code().equals("STALE_VERSION")).count(), outcomes::toString);
        assertEquals(new Stock(10, 5), stockOf(mug));
        assertEquals(1, listEdits.list(staff, order, PageRequest.of(0, 20)).edits().total());
    }

    @Test
    void anEditRacingADeliveryOfTheSameLineOneSucceedsTheOtherIsRefusedAndNoStockDrifts() throws Exception {
        OrderId order = confirmedOrder();
        long seen = version(order);
        AtomicInteger calls = new AtomicInteger();

        List<Object> outcomes = runConcurrently(2, () -> calls.getAndIncrement() == 0
                ? deliver(order, 1, 4)
                : editOrder.edit(staff, order, new EditOrderCommand(List.of(Change.setQuantity(1, 2)), seen), null));

        assertEquals(1, outcomes.stream().filter(o -> !(o instanceof RuntimeException)).count(), outcomes::toString);
        assertEquals(1, outcomes.stream().filter(ConflictException.class::isInstance).count(), outcomes::toString);
        OrderLine line = getOrder.get(staff, order).lines().get(0);
        boolean delivered = outcomes.stream().anyMatch(DeliveryView.class::isInstance);
        assertEquals(delivered ? 4 : 2, line.quantity());
        assertEquals(delivered ? 4 : 0, line.allocated());
        assertEquals(new Stock(10, line.reserved()), stockOf(mug));
    }

    @Test
    void editsRacingPlacementsOfTheLastUnitsNeverOversell() throws Exception {
        Product last = shop.product(seller, 5, 1000, "EUR");
        OrderId order = new OrderId(placeOrder.place(customer, Shop.order(last.id(), 1), null).order().id());
        long seen = version(order);

        List<Actor> buyers = List.of(shop.customer(), shop.customer(), shop.customer(), shop.customer(),
                shop.customer());
        AtomicInteger calls = new AtomicInteger();

        // 4 units are left: the edit wants 3 more, five placements 1 each
        List<Object> outcomes = runConcurrently(6, () -> {
            int call = calls.getAndIncrement();
            return call == 0
                    ? editOrder.edit(customer, order, new EditOrderCommand(List.of(Change.setQuantity(1, 4)), seen), null)
                    : placeOrder.place(buyers.get(call - 1), Shop.order(last.id(), 1), null);
        });

        Stock stock = stockOf(last);
        int editedUnits = getOrder.get(staff, order).lines().get(0).quantity();
        long placed = outcomes.stream().filter(PlacedOrder.class::isInstance).count();
        assertEquals(5, stock.onHand());
        assertEquals(editedUnits + placed, stock.reserved(), outcomes::toString);
        assertTrue(stock.reserved() <= 5, outcomes::toString);
        assertEquals(5, stock.reserved(), "whatever won, the last units were sold: " + outcomes);
        outcomes.stream().filter(RuntimeException.class::isInstance).forEach(o ->
                assertEquals("OUT_OF_STOCK", ((ConflictException) o).code(), o::toString));
    }
}

package dev.conveyor.domain.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderNumber;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.pricing.ListPriced;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReturnTest {

    static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    static final UserId CUSTOMER = UserId.newId();
    static final UserId SELLER = UserId.newId();
    static final UserId OTHER_SELLER = UserId.newId();

    /** 4 mugs (seller), 3 delivered; 2 plates (other seller), none delivered. */
    static Order order() {
        List<OrderLine> lines = List.of(
                new OrderLine(1, ProductId.newId(), new Sku("MUG"), "Mug", Money.of(1250, "EUR"), 4, SELLER, 3, 3, 0),
                new OrderLine(2, ProductId.newId(), new Sku("PLATE"), "Plate", Money.of(800, "EUR"), 2, OTHER_SELLER,
                        0, 0, 0));
        var price = ListPriced.of(lines.stream().map(line -> new OrderItem(line.productId(), line.sku(), line.name(),
                line.unitPrice(), line.sellerId(), line.quantity())).toList());
        return Order.rehydrate(OrderId.newId(), OrderNumber.of(2026, 9), CUSTOMER, lines,
                Address.of("a", "Ann", "1 Main St", null, "Lyon", null, "69001", "FR"), null, price,
                OrderStatus.PROCESSING, PaymentStatus.PAID, NOW, NOW, NOW, null, null, NOW, 3);
    }

    static Return requested(int quantity) {
        return Return.open(ReturnId.newId(), 12, order(), Map.of(1, new Return.Request(quantity, " too small ")),
                CUSTOMER, NOW);
    }

    @Test
    void aReturnOfDeliveredUnitsIsRequestedWithItsNumberAndReason() {
        Return rma = requested(3);

        assertEquals("RMA-2026-000012", rma.number().value());
        assertEquals(ReturnStatus.REQUESTED, rma.status());
        ReturnLine line = rma.lines().get(0);
        assertEquals(1, line.lineNo());
        assertEquals(3, line.quantity());
        assertEquals("too small", line.reason());
        assertEquals(SELLER, line.sellerId());
        assertNull(line.disposition());
        List<DomainEvent> events = rma.pullEvents();
        assertEquals(List.of("return:requested"), events.stream().map(DomainEvent::type).toList());
        assertEquals(CUSTOMER.value(), events.get(0).customerId());
        assertEquals(Set.of(SELLER.value()), events.get(0).sellerIds());
        assertEquals(rma.orderId().value(), events.get(0).orderId());
    }

    @Test
    void moreThanWasDeliveredOrAnUnknownLineCannotBeReturned() {
        ConflictException exceeds = assertThrows(ConflictException.class, () -> requested(4));
        assertEquals("RETURN_EXCEEDS_DELIVERED", exceeds.code());
        assertThrows(ConflictException.class, () -> Return.open(ReturnId.newId(), 1, order(),
                Map.of(2, new Return.Request(1, "broken")), CUSTOMER, NOW));
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> Return.open(ReturnId.newId(),
                1, order(), Map.of(3, new Return.Request(1, "broken")), CUSTOMER, NOW));
        assertEquals("lines", unknown.field());
        assertThrows(InvalidInputException.class, () -> Return.open(ReturnId.newId(), 1, order(), Map.of(),
                CUSTOMER, NOW));
        assertThrows(InvalidInputException.class, () -> new Return.Request(1, " "));
        assertThrows(InvalidInputException.class, () -> new Return.Request(0, "broken"));
    }

    @Test
    void anApprovedReturnIsReceivedWithADispositionPerLineThenRefunded() {
        Return rma = requested(2);
        rma.approve(NOW);
        assertThrows(InvalidInputException.class, () -> rma.receive(Map.of(), NOW));
        assertThrows(InvalidInputException.class, () -> rma.receive(Map.of(1, Disposition.RESTOCK,
                2, Disposition.WRITE_OFF), NOW));
        rma.receive(Map.of(1, Disposition.RESTOCK), NOW);
        assertEquals(Disposition.RESTOCK, rma.lines().get(0).disposition());
        UUID creditNote = UUID.randomUUID();
        rma.refunded(creditNote, NOW);

        assertEquals(ReturnStatus.REFUNDED, rma.status());
        assertEquals(creditNote, rma.creditNoteId());
        assertEquals(List.of("return:requested", "return:approved", "return:received", "return:refunded"),
                rma.pullEvents().stream().map(DomainEvent::type).toList());
        assertTrue(rma.status().holdsUnits());
    }

    @Test
    void onlyTheTransitionsOfTheStateMachineAreAllowed() {
        Return requested = requested(1);
        assertInvalid(() -> requested.receive(Map.of(1, Disposition.RESTOCK), NOW));
        assertInvalid(() -> requested.refunded(UUID.randomUUID(), NOW));

        Return rejected = requested(1);
        rejected.reject("outside the policy", NOW);
        assertEquals(ReturnStatus.REJECTED, rejected.status());
        assertEquals("outside the policy", rejected.decisionReason());
        assertInvalid(() -> rejected.approve(NOW));
        assertInvalid(() -> rejected.cancel(NOW));
        assertTrue(!rejected.status().holdsUnits());

        Return approved = requested(1);
        approved.approve(NOW);
        assertInvalid(() -> approved.approve(NOW));
        assertInvalid(() -> approved.reject("no", NOW));
        approved.cancel(NOW);
        assertEquals(ReturnStatus.CANCELLED, approved.status());
        assertTrue(!approved.status().holdsUnits());

        Return received = requested(1);
        received.approve(NOW);
        received.receive(Map.of(1, Disposition.WRITE_OFF), NOW);
        assertInvalid(() -> received.cancel(NOW));
        assertInvalid(() -> received.receive(Map.of(1, Disposition.WRITE_OFF), NOW));
    }

    private static void assertInvalid(Runnable transition) {
        assertEquals("INVALID_RETURN_TRANSITION", assertThrows(ConflictException.class, transition::run).code());
    }
}

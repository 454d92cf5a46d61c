package dev.conveyor.bootstrap.usecases;

import static dev.conveyor.bootstrap.usecases.UseCaseContract.runConcurrently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.catalog.port.in.ListStockAdjustmentsQuery;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase.ChangeDeliveryStatusCommand;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreateDeliveryCommand;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.payments.port.in.GetCreditNoteQuery;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordPaymentCommand;
import dev.conveyor.application.returns.port.in.ApproveReturnUseCase;
import dev.conveyor.application.returns.port.in.CancelReturnUseCase;
import dev.conveyor.application.returns.port.in.GetReturnQuery;
import dev.conveyor.application.returns.port.in.ListOrderReturnsQuery;
import dev.conveyor.application.returns.port.in.ListReturnsQuery;
import dev.conveyor.application.returns.port.in.OpenReturnUseCase;
import dev.conveyor.application.returns.port.in.OpenReturnUseCase.OpenReturnCommand;
import dev.conveyor.application.returns.port.in.OpenReturnUseCase.Opened;
import dev.conveyor.application.returns.port.in.ReceiveReturnUseCase;
import dev.conveyor.application.returns.port.in.ReceiveReturnUseCase.ReceiveReturnCommand;
import dev.conveyor.application.returns.port.in.RefundReturnUseCase;
import dev.conveyor.application.returns.port.in.RejectReturnUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.creditnote.CreditNoteId;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.returns.Disposition;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.returns.ReturnStatus;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.shared.NotFoundException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Returns (RMA) of delivered units: the state machine, who may do what, never more returned than
 * delivered under concurrency, restock on receipt and the refund's credit note, the same on every
 * persistence adapter (each concrete subclass picks one).
 */
abstract class ReturnUseCaseContract extends OrderFixture {

    @Inject TestClock clock;
    @Inject PlaceOrderUseCase placeOrder;
    @Inject ConfirmDueOrdersUseCase confirmDueOrders;
    @Inject CreateDeliveryUseCase createDelivery;
    @Inject ChangeDeliveryStatusUseCase changeDelivery;
    @Inject RecordPaymentUseCase recordPayment;
    @Inject GetCreditNoteQuery getCreditNote;
    @Inject ListStockAdjustmentsQuery stockAdjustments;
    @Inject OpenReturnUseCase openReturn;
    @Inject ApproveReturnUseCase approveReturn;
    @Inject RejectReturnUseCase rejectReturn;
    @Inject CancelReturnUseCase cancelReturn;
    @Inject ReceiveReturnUseCase receiveReturn;
    @Inject RefundReturnUseCase refundReturn;
    @Inject GetReturnQuery getReturn;
    @Inject ListOrderReturnsQuery orderReturns;
    @Inject ListReturnsQuery listReturns;

    Actor otherCustomer;
    Product plate;

    @BeforeEach
    void otherCustomerAndPlate() {
        otherCustomer = shop.customer();
        plate = shop.product(otherSeller, 10, 800, "EUR");
    }

    /** 4 mugs (line 1, the seller's) of which 3 delivered, 2 plates (line 2, the other seller's); 66.00 EUR paid. */
    OrderId threeMugsDelivered() {
        OrderId order = new OrderId(placeOrder.place(customer, Shop.order(List.of(
                new PlaceOrderCommand.Line(mug.id(), 4), new PlaceOrderCommand.Line(plate.id(), 2))), null)
                .order().id());
        clock.advance(UseCaseContract.WINDOW);
        confirmDueOrders.confirmDueOrders();
        DeliveryView delivery = createDelivery.create(staff, order, new CreateDeliveryCommand(
                List.of(new CreateDeliveryUseCase.Line(1, 3)), "DHL", null), null).delivery();
        DeliveryId id = new DeliveryId(delivery.id());
        changeDelivery.changeStatus(staff, id, new ChangeDeliveryStatusCommand(DeliveryStatus.SHIPPED, null, null, null));
        changeDelivery.changeStatus(staff, id, new ChangeDeliveryStatusCommand(DeliveryStatus.DELIVERED, null, null,
                null));
        recordPayment.record(staff, order, new RecordPaymentCommand(PaymentMethod.CASH, Money.of(6600, "EUR"), null,
                null, null), null);
        clock.advance(Duration.ofSeconds(1));
        return order;
    }

    static OpenReturnCommand mugs(int quantity) {
        return new OpenReturnCommand(List.of(new OpenReturnUseCase.Line(1, quantity, "too small")));
    }

    Return open(Actor actor, OrderId order, int mugs) {
        return openReturn.open(actor, order, mugs(mugs), null).rma();
    }

    @Test
    void theCustomerOpensAReturnOfDeliveredUnitsThatTheSellerOfItsLinesSeesAndOthersDoNot() {
        OrderId order = threeMugsDelivered();

        Return rma = open(customer, order, 2);

        assertTrue(rma.number().value().matches("RMA-\\d{4}-\\d{6}"), rma.number().value());
        assertEquals(ReturnStatus.REQUESTED, rma.status());
        assertEquals(2, rma.lines().get(0).quantity());
        assertEquals("too small", rma.lines().get(0).reason());
        assertEquals(rma.number(), getReturn.get(seller, rma.id()).number());
        assertEquals(rma.number(), getReturn.get(staff, rma.id()).number());
        assertEquals(List.of(rma.id()), orderReturns.list(customer, order).stream().map(Return::id).toList());
        assertEquals(List.of(rma.id()), orderReturns.list(seller, order).stream().map(Return::id).toList());
        assertEquals(List.of(), orderReturns.list(otherSeller, order));
        assertEquals("RETURN_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> getReturn.get(otherCustomer, rma.id())).code());
        assertThrows(NotFoundException.class, () -> getReturn.get(otherSeller, rma.id()));
        assertThrows(NotFoundException.class, () -> open(otherCustomer, order, 1));
        assertThrows(ForbiddenException.class, () -> open(seller, order, 1));
        assertThrows(ForbiddenException.class, () -> approveReturn.approve(customer, rma.id()));
        assertThrows(NotFoundException.class, () -> cancelReturn.cancel(otherCustomer, rma.id()));
    }

    @Test
    void eachSellerReadsOnlyTheirOwnLinesOfAReturnHoldingTwoSellersProducts() {
        OrderId order = threeMugsDelivered();
        DeliveryId plates = new DeliveryId(createDelivery.create(staff, order, new CreateDeliveryCommand(
                List.of(new CreateDeliveryUseCase.Line(2, 2)), "DHL", null), null).delivery().id());
        changeDelivery.changeStatus(staff, plates, new ChangeDeliveryStatusCommand(DeliveryStatus.SHIPPED, null, null,
                null));
        changeDelivery.changeStatus(staff, plates, new ChangeDeliveryStatusCommand(DeliveryStatus.DELIVERED, null,
                null, null));
        Return rma = openReturn.open(customer, order, new OpenReturnCommand(List.of(
                new OpenReturnUseCase.Line(1, 1, "chipped"), new OpenReturnUseCase.Line(2, 1, "wrong colour"))),
                null).rma();

        assertEquals(List.of(1, 2), lineNos(getReturn.get(customer, rma.id())));
        assertEquals(List.of(1, 2), lineNos(getReturn.get(staff, rma.id())));
        assertEquals(List.of(1), lineNos(getReturn.get(seller, rma.id())));
        assertEquals(List.of(2), lineNos(getReturn.get(otherSeller, rma.id())));
        assertEquals(List.of(List.of(2)), orderReturns.list(otherSeller, order).stream()
                .filter(r -> r.id().equals(rma.id())).map(ReturnUseCaseContract::lineNos).toList());
    }

    private static List<Integer> lineNos(Return rma) {
        return rma.lines().stream().map(line -> line.lineNo()).toList();
    }

    @Test
    void badLinesAreRefusedNamingTheMember() {
        OrderId order = threeMugsDelivered();

        assertEquals("lines[0].quantity", assertThrows(InvalidInputException.class, () -> openReturn.open(customer,
                order, mugs(0), null)).field());
        assertEquals("lines[0].reason", assertThrows(InvalidInputException.class, () -> openReturn.open(customer,
                order, new OpenReturnCommand(List.of(new OpenReturnUseCase.Line(1, 1, " "))), null)).field());
        assertEquals("lines[1].lineNo", assertThrows(InvalidInputException.class, () -> openReturn.open(customer,
                order, new OpenReturnCommand(List.of(new OpenReturnUseCase.Line(1, 1, "a"),
                        new OpenReturnUseCase.Line(1, 1, "b"))), null)).field());
        assertEquals("RETURN_EXCEEDS_DELIVERED", assertThrows(ConflictException.class,
                () -> open(customer, order, 4)).code());
        assertEquals("RETURN_EXCEEDS_DELIVERED", assertThrows(ConflictException.class,
                () -> openReturn.open(customer, order, new OpenReturnCommand(List.of(
                        new OpenReturnUseCase.Line(2, 1, "chipped"))), null)).code());
    }

    @Test
    void tenConcurrentReturnsOfOneUnitOfALineWithThreeDeliveredAcceptThree() throws Exception {
        OrderId order = threeMugsDelivered();

        List<Object> outcomes = runConcurrently(10, () -> openReturn.open(customer, order, mugs(1), null));

        assertEquals(3, outcomes.stream().filter(Opened.class::isInstance).count(), outcomes::toString);
        assertTrue(outcomes.stream().filter(o -> !(o instanceof Opened))
                .allMatch(o -> o instanceof ConflictException c && c.code().equals("RETURN_EXCEEDS_DELIVERED")),
                outcomes::toString);
        List<Return> opened = orderReturns.list(staff, order);
        assertEquals(3, opened.size());
        List<ReturnId> requested = listReturns.list(staff, ReturnStatus.REQUESTED, PageRequest.of(0, 100)).items()
                .stream().map(Return::id).toList();
        assertTrue(requested.containsAll(opened.stream().map(Return::id).toList()), requested::toString);
        assertTrue(listReturns.list(staff, ReturnStatus.CANCELLED, PageRequest.of(0, 100)).items().stream()
                .noneMatch(rma -> rma.orderId().equals(order)));
        assertThrows(ForbiddenException.class, () -> listReturns.list(customer, null, PageRequest.of(0, 10)));
    }

    @Test
    void rejectedAndCancelledReturnsGiveTheirUnitsBack() {
        OrderId order = threeMugsDelivered();
        Return rejected = open(customer, order, 3);
        assertThrows(ConflictException.class, () -> open(customer, order, 1));

        assertEquals(ReturnStatus.REJECTED, rejectReturn.reject(staff, rejected.id(), "worn").status());
        Return cancelled = open(customer, order, 3);
        approveReturn.approve(staff, cancelled.id());
        assertEquals(ReturnStatus.CANCELLED, cancelReturn.cancel(customer, cancelled.id()).status());

        assertEquals(ReturnStatus.REQUESTED, open(customer, order, 3).status());
        assertEquals("INVALID_RETURN_TRANSITION", assertThrows(ConflictException.class,
                () -> approveReturn.approve(staff, rejected.id())).code());
        assertEquals("worn", getReturn.get(customer, rejected.id()).decisionReason());
    }

    @Test
    void theCustomersWindowClosesThirtyDaysAfterTheLastDeliveryButNotTheBackOffices() {
        OrderId order = threeMugsDelivered();
        clock.advance(Duration.ofDays(31));

        assertEquals("RETURN_WINDOW_CLOSED", assertThrows(ConflictException.class,
                () -> open(customer, order, 1)).code());
        assertEquals(ReturnStatus.REQUESTED, open(staff, order, 1).status());
    }

    @Test
    void aReceivedReturnRestocksItsUnitsAndIsRefundedWithACreditNote() {
        OrderId order = threeMugsDelivered();
        Return rma = open(customer, order, 1);
        approveReturn.approve(staff, rma.id());
        int onHand = shop.reload(mug).stock().onHand();

        Return received = receiveReturn.receive(staff, rma.id(), new ReceiveReturnCommand(List.of(
                new ReceiveReturnUseCase.Line(1, Disposition.RESTOCK))));

        assertEquals(ReturnStatus.RECEIVED, received.status());
        assertEquals(Disposition.RESTOCK, received.lines().get(0).disposition());
        assertEquals(onHand + 1, shop.reload(mug).stock().onHand());
        StockAdjustment restock = stockAdjustments.list(staff, mug.id(), PageRequest.of(0, 5)).items().get(0);
        assertEquals(StockAdjustment.Kind.RESTOCK, restock.kind());
        assertTrue(restock.reason().startsWith(rma.number().value()), restock.reason());
        assertThrows(ConflictException.class, () -> cancelReturn.cancel(customer, rma.id()));

        Return refunded = refundReturn.refund(staff, rma.id(), false, new IdempotencyKey("rma-refund-1"));

        assertEquals(ReturnStatus.REFUNDED, refunded.status());
        assertNotNull(refunded.creditNoteId());
        CreditNote note = getCreditNote.get(customer, new CreditNoteId(refunded.creditNoteId())).note();
        assertEquals(1250, note.total().amountMinor());
        assertEquals(1, note.lines().get(0).quantity());
        assertEquals(1, note.lines().get(0).lineNo());
        assertEquals("INVALID_RETURN_TRANSITION", assertThrows(ConflictException.class,
                () -> refundReturn.refund(staff, rma.id(), false, null)).code());
    }
}

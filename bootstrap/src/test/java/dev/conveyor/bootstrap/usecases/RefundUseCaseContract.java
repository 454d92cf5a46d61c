package dev.conveyor.bootstrap.usecases;

import static dev.conveyor.bootstrap.usecases.UseCaseContract.runConcurrently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreateDeliveryCommand;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase.ChangeDeliveryStatusCommand;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.fulfilment.port.in.GenerateInvoiceUseCase;
import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase;
import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase.CancelLinesCommand;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase.Change;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase.EditOrderCommand;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.payments.port.in.CreditNoteView;
import dev.conveyor.application.payments.port.in.GetCreditNoteQuery;
import dev.conveyor.application.payments.port.in.GetPaymentLedgerQuery;
import dev.conveyor.application.payments.port.in.ListCreditNotesQuery;
import dev.conveyor.application.payments.port.in.PaymentView;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordPaymentCommand;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase.Line;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase.RefundOrderCommand;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase.Refunded;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase.RefundCommand;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.creditnote.CreditNoteId;
import dev.conveyor.domain.creditnote.CreditNoteLine;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLineConflictException;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.payment.PaymentKind;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Refunds by lines or by amount and the credit notes they issue, the same on every persistence adapter
 * (each concrete subclass picks one).
 */
abstract class RefundUseCaseContract extends OrderFixture {

    @Inject TestClock clock;
    @Inject ConfirmedOrders confirmedOrders;
    @Inject GetOrderQuery getOrder;
    @Inject CreateDeliveryUseCase createDelivery;
    @Inject ChangeDeliveryStatusUseCase changeDelivery;
    @Inject GenerateInvoiceUseCase generateInvoice;
    @Inject RecordPaymentUseCase recordPayment;
    @Inject GetPaymentLedgerQuery ledger;
    @Inject RefundOrderUseCase refundOrder;
    @Inject RefundPaymentUseCase refundPayment;
    @Inject CancelOrderLinesUseCase cancelLines;
    @Inject EditOrderUseCase editOrder;
    @Inject GetCreditNoteQuery getCreditNote;
    @Inject ListCreditNotesQuery listCreditNotes;

    Product plate;

    @BeforeEach
    void products() {
        plate = shop.product(otherSeller, 10, 800, "EUR");
    }

    /** 4 mugs (line 1, the seller's) and 2 plates (line 2, the other seller's): 66.00 EUR, confirmed. */
    OrderId confirmedOrder() {
        return confirmedOrders.place(customer, new PlaceOrderCommand.Line(mug.id(), 4),
                new PlaceOrderCommand.Line(plate.id(), 2));
    }

    /** Everything delivered and invoiced at once: the order's one invoice. */
    InvoiceView deliveredAndInvoiced(OrderId order) {
        DeliveryView delivery = createDelivery.create(staff, order, new CreateDeliveryCommand(List.of(), "DHL", null),
                null).delivery();
        changeDelivery.changeStatus(staff, new DeliveryId(delivery.id()),
                new ChangeDeliveryStatusCommand(DeliveryStatus.SHIPPED, null, null, null));
        changeDelivery.changeStatus(staff, new DeliveryId(delivery.id()),
                new ChangeDeliveryStatusCommand(DeliveryStatus.DELIVERED, null, null, null));
        return generateInvoice.generate(staff, new DeliveryId(delivery.id()), null).invoice();
    }

    void pay(OrderId order, long minor, InvoiceView invoice) {
        recordPayment.record(staff, order, new RecordPaymentCommand(PaymentMethod.CASH, Money.of(minor, "EUR"),
                invoice == null ? null : new InvoiceId(invoice.id()), null, null), null);
        clock.advance(Duration.ofSeconds(1));
    }

    static RefundOrderCommand lines(Line... lines) {
        return new RefundOrderCommand(null, List.of(lines), false, null);
    }

    static RefundOrderCommand amount(long minor) {
        return new RefundOrderCommand(minor, List.of(), false, "goodwill");
    }

    CreditNote refund(OrderId order, RefundOrderCommand command) {
        return refundOrder.refund(staff, order, command, null).creditNote().note();
    }

    @Test
    void aRefundOfLinesPaysBackTheirGrossAndIssuesACreditNoteCorrectingTheirInvoice() {
        OrderId order = confirmedOrder();
        InvoiceView invoice = deliveredAndInvoiced(order);
        pay(order, 6600, invoice);

        CreditNote note = refund(order, lines(new Line(1, 1)));

        assertTrue(note.number().value().matches("CN-2026-\\d{6}"), note.number().value());
        assertEquals(List.of(invoice.number()), note.invoices().stream().map(CreditNote.InvoiceRef::number).toList());
        assertEquals(Money.of(1250, "EUR"), note.total());
        assertEquals(CreditNoteLine.Kind.LINE, note.lines().get(0).kind());
        assertEquals(Money.of(1250, "EUR"), ledger.ledger(staff, order).refunded());
        assertEquals(PaymentStatus.PARTIALLY_REFUNDED, getOrder.get(customer, order).paymentStatus());

        assertEquals("REFUND_EXCEEDS_LINE", assertThrows(ConflictException.class,
                () -> refund(order, lines(new Line(1, 4)))).code());
        refund(order, lines(new Line(1, 3), new Line(2, 2)));

        long credited = listCreditNotes.list(staff, order).stream()
                .mapToLong(view -> view.note().total().amountMinor()).sum();
        assertEquals(invoice.total().amountMinor(), credited, "invoices minus credit notes = what was kept: nothing");
        var after = ledger.ledger(staff, order);
        assertEquals(after.paid(), after.refunded());
        assertEquals(PaymentStatus.REFUNDED, getOrder.get(customer, order).paymentStatus());
        assertEquals("REFUND_EXCEEDS_LINE", assertThrows(ConflictException.class,
                () -> refund(order, lines(new Line(2, 1)))).code());
    }

    @Test
    void anAmountIsPaidBackFromTheMostRecentPaymentFirstAndSplitWhenOneIsNotEnough() {
        OrderId order = confirmedOrder();
        pay(order, 1000, null);
        pay(order, 5600, null);

        CreditNote note = refund(order, amount(6000));

        assertEquals(CreditNoteLine.Kind.GOODWILL, note.lines().get(0).kind());
        assertEquals(List.of(), note.invoices(), "nothing was invoiced yet");
        List<PaymentView> entries = ledger.ledger(staff, order).entries();
        List<PaymentView> payments = entries.stream().filter(e -> e.kind() == PaymentKind.PAYMENT).toList();
        List<PaymentView> refunds = entries.stream().filter(e -> e.kind() == PaymentKind.REFUND).toList();
        assertEquals(2, refunds.size());
        assertEquals(-5600, refunds.stream().filter(r -> r.refundOf().equals(payments.get(1).id())).findFirst()
                .orElseThrow().amount().amountMinor());
        assertEquals(-400, refunds.stream().filter(r -> r.refundOf().equals(payments.get(0).id())).findFirst()
                .orElseThrow().amount().amountMinor());
        assertTrue(refunds.get(0).note().startsWith(note.number().value()), "the refund names its credit note");
    }

    @Test
    void aRefundOfOnePaymentIssuesACreditNoteForWhatPaidForGoodsAndNoneForAnOverpayment() {
        OrderId order = confirmedOrder();
        InvoiceView invoice = deliveredAndInvoiced(order);
        pay(order, 1000, null);
        pay(order, 6600, invoice);
        List<PaymentView> payments = ledger.ledger(staff, order).entries().stream()
                .filter(entry -> entry.kind() == PaymentKind.PAYMENT).toList();

        refundPayment.refund(staff, new PaymentId(payments.get(0).id()), new RefundCommand(null, "paid twice"), null);
        assertTrue(listCreditNotes.list(staff, order).isEmpty(), "giving back an overpayment credits no goods");

        refundPayment.refund(staff, new PaymentId(payments.get(1).id()),
                new RefundCommand(Money.of(1500, "EUR"), "scratched"), null);
        List<CreditNote> notes = listCreditNotes.list(staff, order).stream().map(view -> view.note()).toList();
        assertEquals(1, notes.size());
        CreditNote note = notes.get(0);
        assertEquals(Money.of(1500, "EUR"), note.total());
        assertEquals(CreditNoteLine.Kind.GOODWILL, note.lines().get(0).kind());
        assertEquals(List.of(invoice.number()), note.invoices().stream().map(CreditNote.InvoiceRef::number).toList());
        var after = ledger.ledger(staff, order);
        assertEquals(invoice.total().amountMinor() - note.total().amountMinor(),
                after.paid().amountMinor() - after.refunded().amountMinor(),
                "invoices minus credit notes = what the customer finally paid");
        assertTrue(after.entries().stream().filter(entry -> entry.kind() == PaymentKind.REFUND)
                .anyMatch(entry -> entry.note().startsWith(note.number().value())), "the refund names its note");
    }

    @Test
    void neverMoreIsPaidBackThanWasPaid() {
        OrderId unpaid = confirmedOrder();
        assertEquals("NOTHING_TO_REFUND", assertThrows(ConflictException.class,
                () -> refund(unpaid, amount(100))).code());

        OrderId order = confirmedOrder();
        pay(order, 1000, null);
        assertEquals("REFUND_EXCEEDS_PAID", assertThrows(ConflictException.class,
                () -> refund(order, lines(new Line(1, 1)))).code());
        assertEquals("REFUND_EXCEEDS_PAID", assertThrows(ConflictException.class,
                () -> refund(order, amount(1001))).code());
        assertTrue(listCreditNotes.list(staff, order).isEmpty(), "a refused refund issues no credit note");
        assertEquals(0, ledger.ledger(staff, order).refunded().amountMinor());
        assertEquals("NO_SHIPPING_CHARGE", assertThrows(ConflictException.class,
                () -> refund(order, new RefundOrderCommand(null, List.of(), true, null))).code());
    }

    @Test
    void concurrentRefundsOfOneLineNeverGiveBackMoreUnitsThanItHas() throws Exception {
        OrderId order = confirmedOrder();
        pay(order, 6600, null);

        List<Object> outcomes = runConcurrently(10, () -> refundOrder.refund(staff, order, lines(new Line(1, 1)),
                null));

        assertEquals(4, outcomes.stream().filter(Refunded.class::isInstance).count(), outcomes::toString);
        assertTrue(outcomes.stream().filter(o -> !(o instanceof Refunded))
                .allMatch(o -> o instanceof ConflictException c && c.code().equals("REFUND_EXCEEDS_LINE")),
                outcomes::toString);
        assertEquals(5000, ledger.ledger(staff, order).refunded().amountMinor());
        assertEquals(4, listCreditNotes.list(staff, order).size());
    }

    @Test
    void theSameIdempotencyKeyRefundsOnce() {
        OrderId order = confirmedOrder();
        pay(order, 6600, null);
        IdempotencyKey key = new IdempotencyKey("refund-" + UUID.randomUUID());

        Refunded first = refundOrder.refund(staff, order, amount(500), key);
        Refunded again = refundOrder.refund(staff, order, amount(500), key);

        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(first.creditNote().note().id(), again.creditNote().note().id());
        assertEquals(first.refunds(), again.refunds(), "the replay answers the refunds the request made");
        assertEquals(500, ledger.ledger(staff, order).refunded().amountMinor());
    }

    @Test
    void unitsGivenBackBeforeDeliveryAreNotOwedAgainAndTheOrderStillCompletes() {
        OrderId order = confirmedOrder();
        pay(order, 6600, null);

        refund(order, lines(new Line(1, 1)));
        OrderView refunded = getOrder.get(customer, order);
        assertEquals(Money.of(0, "EUR"), refunded.balanceDue(), "the credited mug is not owed again");
        assertEquals(Money.of(0, "EUR"), refunded.refundable());
        assertEquals(PaymentStatus.PARTIALLY_REFUNDED, refunded.paymentStatus());

        deliveredAndInvoiced(order);
        OrderView delivered = getOrder.get(customer, order);
        assertEquals(OrderStatus.COMPLETED, delivered.status(), "delivered and settled, though part was given back");
    }

    @Test
    void cancellingUnitsAlreadyCreditedGivesBackOnlyTheOthers() {
        OrderId order = confirmedOrder();
        pay(order, 6600, null);
        refund(order, lines(new Line(1, 1)));

        OrderView cancelled = cancelLines.cancelLines(staff, order, new CancelLinesCommand(
                List.of(new CancelOrderLinesUseCase.Line(1, 4)), "out of mugs"), null).order();

        assertEquals(Money.of(3 * 1250, "EUR"), cancelled.refundable(),
                "the credited mug was paid back once; the three others are owed back, not four");
        Refunded rest = refundOrder.refund(staff, order, amount(3 * 1250), null);
        assertNull(rest.creditNote(), "money paid for units no longer ordered credits no goods");
        assertEquals(List.of(-3750L), rest.refunds().stream().map(r -> r.amount().amountMinor()).toList());
        OrderView settled = getOrder.get(customer, order);
        assertEquals(Money.of(0, "EUR"), settled.refundable());
        assertEquals(Money.of(0, "EUR"), settled.balanceDue());
        assertEquals(1, listCreditNotes.list(staff, order).size());
        var after = ledger.ledger(staff, order);
        assertEquals(2 * 800, after.paid().amountMinor() - after.refunded().amountMinor(),
                "the customer pays for the plates in the end");
    }

    @Test
    void anEditBelowTheCreditedUnitsKeepsThemGivenBackOnceAndACreditedLineCannotBeRemoved() {
        OrderId order = confirmedOrder();
        pay(order, 6600, null);
        refund(order, lines(new Line(1, 2)));
        long version = getOrder.get(staff, order).version();

        OrderLineConflictException removal = assertThrows(OrderLineConflictException.class,
                () -> editOrder.edit(staff, order, new EditOrderCommand(List.of(Change.removeLine(1)), version), null));
        assertEquals("LINE_CREDITED", removal.code());
        assertEquals("changes[0].lineNo", removal.field());

        OrderView edited = editOrder.edit(staff, order,
                new EditOrderCommand(List.of(Change.setQuantity(1, 1)), version), null).order();
        assertEquals(Money.of(2 * 1250, "EUR"), edited.refundable(),
                "four mugs paid, two given back, one kept: one more is owed back");
        assertEquals(Money.of(0, "EUR"), edited.balanceDue());
        assertEquals("REFUND_EXCEEDS_LINE", assertThrows(ConflictException.class,
                () -> refund(order, lines(new Line(1, 1)))).code(), "the kept mug was credited already");
    }

    @Test
    void anAmountPaysBackWhatWasPaidBeyondTheDueFirstAndCreditsOnlyTheRest() {
        OrderId order = confirmedOrder();
        pay(order, 7000, null);

        Refunded refunded = refundOrder.refund(staff, order, amount(1000), null);

        assertEquals(Money.of(600, "EUR"), refunded.creditNote().note().total(), "400 was an overpayment");
        assertEquals(List.of(-1000L), refunded.refunds().stream().map(r -> r.amount().amountMinor()).toList());
        assertEquals(Money.of(0, "EUR"), getOrder.get(customer, order).balanceDue());
    }

    @Test
    void theCustomerAndStaffSeeTheWholeNoteASellerTheirLinesAndNobodyElseAnything() {
        OrderId order = confirmedOrder();
        pay(order, 6600, null);
        CreditNote note = refund(order, lines(new Line(1, 1), new Line(2, 1)));
        CreditNoteId id = note.id();

        assertEquals(2050, getCreditNote.get(customer, id).note().total().amountMinor());
        CreditNoteView sellers = getCreditNote.get(seller, id);
        assertEquals(List.of(1), sellers.note().lines().stream().map(CreditNoteLine::lineNo).toList());
        assertEquals(1250, sellers.note().total().amountMinor());
        assertEquals(1, listCreditNotes.list(otherSeller, order).size());
        assertThrows(NotFoundException.class, () -> getCreditNote.get(shop.customer(), id));
        assertThrows(NotFoundException.class, () -> getCreditNote.get(shop.user(Role.SELLER), id));
        assertThrows(NotFoundException.class, () -> getCreditNote.get(staff, CreditNoteId.newId()));
        assertThrows(ForbiddenException.class, () -> refundOrder.refund(customer, order, amount(1), null));
    }

    @Test
    void aRefundNamesAnAmountOrLinesNotBoth() {
        InvalidInputException both = assertThrows(InvalidInputException.class,
                () -> new RefundOrderCommand(100L, List.of(new Line(1, 1)), false, null));
        assertEquals("amountMinor", both.field());
        assertEquals("lines", assertThrows(InvalidInputException.class,
                () -> new RefundOrderCommand(null, List.of(), false, null)).field());
        assertEquals("lines[1].lineNo", assertThrows(InvalidInputException.class,
                () -> lines(new Line(1, 1), new Line(1, 2))).field());
        assertEquals("lines[0].quantity", assertThrows(InvalidInputException.class,
                () -> lines(new Line(1, 0))).field());
    }
}

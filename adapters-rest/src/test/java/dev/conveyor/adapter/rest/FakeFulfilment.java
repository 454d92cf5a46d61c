package dev.conveyor.adapter.rest;

import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.fulfilment.port.in.GenerateInvoiceUseCase;
import dev.conveyor.application.fulfilment.port.in.GetDeliveryQuery;
import dev.conveyor.application.fulfilment.port.in.GetInvoiceQuery;
import dev.conveyor.application.fulfilment.port.in.GetOrderProgressQuery;
import dev.conveyor.application.fulfilment.port.in.GetOrderRemainingQuery;
import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.application.fulfilment.port.in.ListDeliveriesQuery;
import dev.conveyor.application.fulfilment.port.in.ListInvoicesQuery;
import dev.conveyor.application.fulfilment.port.in.StatusShortcutUseCase;
import dev.conveyor.application.fulfilment.port.in.VoidInvoiceUseCase;
import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase;
import dev.conveyor.application.ordering.port.in.ListOrderEditsQuery;
import dev.conveyor.application.payments.port.in.GetPaymentLedgerQuery;
import dev.conveyor.application.payments.port.in.HandlePaymentWebhookUseCase;
import dev.conveyor.application.payments.port.in.ListCreditNotesQuery;
import dev.conveyor.application.payments.port.in.PaymentView;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase;
import dev.conveyor.application.payments.port.in.StartCardPaymentUseCase;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.Page;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import dev.conveyor.testsupport.ListPrices;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stand-ins for the fulfilment use cases behind the REST adapter: each records
 * its input in {@link #lastInput()} and answers a plausible view built by the
 * domain itself (a shipped delivery of two mugs, its invoice, a cash payment).
 */
@Factory
public class FakeFulfilment {

    private static final AtomicReference<Object> LAST_INPUT = new AtomicReference<>();

    public static Object lastInput() {
        return LAST_INPUT.get();
    }

    private static void enter(Object input) {
        LAST_INPUT.set(input);
    }

    static Order order() {
        List<OrderItem> items = List.of(new OrderItem(ProductId.newId(), new Sku("MUG-1"), "Mug",
                Money.of(1299, "EUR"), Fixtures.SELLER, 3));
        Order order = Order.place(OrderId.newId(), 42, UserId.newId(), items, ListPrices.of(items), Fixtures.address(),
                null, Fixtures.NOW, Duration.ofSeconds(60));
        order.confirm(Fixtures.NOW.plusSeconds(61));
        return order;
    }

    static Delivery shippedDelivery() {
        Order order = order();
        order.allocate(Map.of(1, 2), Fixtures.NOW);
        Delivery delivery = Delivery.create(DeliveryId.newId(), 7, order, Map.of(1, 2), "DHL", "JD0001",
                Fixtures.SELLER, Fixtures.NOW);
        delivery.changeStatus(DeliveryStatus.SHIPPED, null, null, null, Fixtures.NOW);
        return delivery;
    }

    static InvoiceView invoice() {
        Delivery delivery = shippedDelivery();
        return InvoiceView.of(Invoice.issue(InvoiceId.newId(), 9, delivery, ListPrices.of(List.of(new OrderItem(
                delivery.lines().get(0).productId(), delivery.lines().get(0).sku(), delivery.lines().get(0).name(),
                delivery.lines().get(0).unitPrice(), Fixtures.SELLER, 3))), List.of(), Fixtures.NOW),
                Fixtures.address());
    }

    static DeliveryView delivery() {
        return DeliveryView.full(shippedDelivery(), EnumSet.of(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED));
    }

    static PaymentView payment() {
        Payment payment = Payment.received(PaymentId.newId(), OrderId.newId(), UserId.newId(), null,
                PaymentMethod.CASH, "manual", Money.of(2598, "EUR"), null, "till 3", null, Fixtures.SELLER,
                Fixtures.NOW);
        return PaymentView.of(payment, payment.amount());
    }

    @Singleton
    CreateDeliveryUseCase createDelivery() {
        return (actor, orderId, command, key) -> {
            enter(command);
            return new CreateDeliveryUseCase.CreatedDelivery(delivery(), key != null && key.value().equals("seen"));
        };
    }

    @Singleton
    ChangeDeliveryStatusUseCase changeDeliveryStatus() {
        return (actor, deliveryId, command) -> {
            enter(command);
            return delivery();
        };
    }

    @Singleton
    GetDeliveryQuery getDelivery() {
        return (actor, deliveryId) -> {
            enter(deliveryId);
            return delivery();
        };
    }

    @Singleton
    ListDeliveriesQuery listDeliveries() {
        return (actor, orderId) -> {
            enter(orderId);
            return List.of(delivery(), delivery(), delivery());
        };
    }

    @Singleton
    GetOrderRemainingQuery orderRemaining() {
        return (actor, orderId) -> {
            enter(orderId);
            Order order = order();
            return new GetOrderRemainingQuery.RemainingView(order.id().value(), order.number().value(),
                    order.lines().stream().map(GetOrderRemainingQuery.LineRemaining::of).toList());
        };
    }

    @Singleton
    GetOrderProgressQuery orderProgress() {
        return (actor, orderId) -> {
            enter(orderId);
            Order order = order();
            return new GetOrderProgressQuery.ProgressView(order.id().value(), order.number().value(), order.status(),
                    order.fulfillmentStatus(), order.progress(), order.paymentStatus());
        };
    }

    @Singleton
    CancelOrderLinesUseCase cancelOrderLines() {
        return (actor, orderId, command, key) -> {
            enter(command);
            return new CancelOrderLinesUseCase.CancelledLines(OrderView.full(order(), Set.of(), order().amountDue()), false);
        };
    }

    @Singleton
    EditOrderUseCase editOrder() {
        return (actor, orderId, command, key) -> {
            enter(command);
            return new EditOrderUseCase.EditedOrder(OrderView.full(order(), Set.of(), order().amountDue()), false);
        };
    }

    @Singleton
    ListOrderEditsQuery orderEdits() {
        return (actor, orderId, page) -> {
            enter(orderId);
            return new ListOrderEditsQuery.Edits(Page.of(List.of(), page, 0), false);
        };
    }

    @Singleton
    ListCreditNotesQuery creditNotes() {
        return (actor, orderId) -> {
            enter(orderId);
            return List.of();
        };
    }

    /** Answers as the core does for an order nothing was paid for (refunds that succeed: bootstrap's tests). */
    @Singleton
    RefundOrderUseCase refundOrder() {
        return (actor, orderId, command, key) -> {
            enter(command);
            throw new ConflictException("REFUND_EXCEEDS_PAID", "nothing was paid for this order");
        };
    }

    @Singleton
    StatusShortcutUseCase statusShortcut() {
        return (actor, orderId, shortcut) -> {
            enter(shortcut);
            return OrderView.full(order(), Set.of(OrderStatus.CANCELLED), order().amountDue());
        };
    }

    @Singleton
    GenerateInvoiceUseCase generateInvoice() {
        return (actor, deliveryId, key) -> {
            enter(deliveryId);
            return new GenerateInvoiceUseCase.GeneratedInvoice(invoice(), key == null);
        };
    }

    @Singleton
    GetInvoiceQuery getInvoice() {
        return (actor, invoiceId) -> {
            enter(invoiceId);
            return invoice();
        };
    }

    @Singleton
    ListInvoicesQuery listInvoices() {
        return (actor, orderId) -> {
            enter(orderId);
            return List.of(invoice());
        };
    }

    @Singleton
    VoidInvoiceUseCase voidInvoice() {
        return (actor, invoiceId) -> {
            enter(invoiceId);
            return invoice();
        };
    }

    @Singleton
    RecordPaymentUseCase recordPayment() {
        return (actor, orderId, command, key) -> {
            enter(command);
            return new RecordPaymentUseCase.RecordedPayment(payment(), false);
        };
    }

    @Singleton
    RefundPaymentUseCase refundPayment() {
        return (actor, paymentId, command, key) -> {
            enter(command);
            return new RecordPaymentUseCase.RecordedPayment(payment(), false);
        };
    }

    @Singleton
    GetPaymentLedgerQuery paymentLedger() {
        return (actor, orderId) -> {
            enter(orderId);
            PaymentView payment = payment();
            Money zero = Money.zero("EUR");
            return new GetPaymentLedgerQuery.LedgerView(orderId.value(), "ORD-2026-000042",
                    PaymentStatus.PARTIALLY_PAID, Money.of(3897, "EUR"), payment.amount(), zero,
                    Money.of(1299, "EUR"), List.of(payment), List.of());
        };
    }

    @Singleton
    StartCardPaymentUseCase startCardPayment() {
        return (actor, orderId, key) -> {
            enter(orderId);
            return new StartCardPaymentUseCase.CardPaymentView(orderId.value(), "stripe", "pi_123",
                    "pi_123_secret_456", Money.of(3897, "EUR"));
        };
    }

    /** Records what the controller handed over: the gateway, the body exactly as sent, and the signature. */
    @Singleton
    HandlePaymentWebhookUseCase paymentWebhook() {
        return (gateway, payload, signature, correlationId) -> enter(List.of(gateway, payload,
                String.valueOf(signature)));
    }
}

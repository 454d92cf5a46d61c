package dev.conveyor.application.fulfilment.service;

import dev.conveyor.application.fulfilment.port.in.GenerateInvoiceUseCase;
import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.application.fulfilment.port.out.DocumentNumberPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.application.shared.service.PaymentSettlement;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class GenerateInvoiceService implements GenerateInvoiceUseCase {

    private final InvoiceRepositoryPort invoices;
    private final OrderRepositoryPort orders;
    private final DocumentNumberPort numbers;
    private final DeliveryAccess deliveries;
    private final PaymentSettlement settlement;
    private final IdempotentExecutor idempotent;
    private final EventRecorder events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    GenerateInvoiceService(InvoiceRepositoryPort invoices, OrderRepositoryPort orders, DocumentNumberPort numbers,
                           DeliveryAccess deliveries, PaymentSettlement settlement, IdempotentExecutor idempotent,
                           EventRecorder events, Clock clock) {
        this.invoices = invoices;
        this.orders = orders;
        this.numbers = numbers;
        this.deliveries = deliveries;
        this.settlement = settlement;
        this.idempotent = idempotent;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public GeneratedInvoice generate(Actor actor, DeliveryId deliveryId, IdempotencyKey key) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        var outcome = idempotent.execute(actor, key, "generate-invoice", deliveryId.toString(),
                id -> generateInTransaction(actor, deliveryId, new InvoiceId(id)));
        if (outcome.replayed()) {
            // the first request answered this delivery's invoice, made by it or before it
            Invoice existing = invoices.findByDelivery(deliveryId).orElseThrow();
            return new GeneratedInvoice(view(existing), false);
        }
        Generated generated = outcome.created();
        events.committed(generated.events());
        return new GeneratedInvoice(InvoiceView.of(generated.invoice(), generated.order().shippingAddress()),
                generated.created());
    }

    private Generated generateInTransaction(Actor actor, DeliveryId deliveryId, InvoiceId id) {
        Delivery delivery = deliveries.load(actor, deliveryId);
        Order order = orders.lockById(delivery.orderId()).orElseThrow();
        Optional<Invoice> existing = invoices.findByDelivery(deliveryId);
        if (existing.isPresent()) {
            return new Generated(order, existing.get(), false, List.of());
        }
        Instant now = clock.instant();
        Invoice invoice = Invoice.issue(id, numbers.nextInvoiceSequence(), delivery, order.price(),
                invoices.findByOrder(order.id()), now);
        if (!invoices.insertIfAbsent(invoice)) {
            return new Generated(order, invoices.findByDelivery(deliveryId).orElseThrow(), false, List.of());
        }
        List<DomainEvent> recorded = new ArrayList<>(invoice.pullEvents());
        // advances paid before the invoice existed may already cover it
        recorded.addAll(settlement.settle(order, now));
        orders.update(order);
        recorded.addAll(order.pullEvents());
        events.append(actor, recorded);
        Invoice settled = invoices.findById(id).orElseThrow();
        return new Generated(order, settled, true, recorded);
    }

    private InvoiceView view(Invoice invoice) {
        Order order = orders.findById(invoice.orderId()).orElseThrow();
        return InvoiceView.of(invoice, order.shippingAddress());
    }

    private record Generated(Order order, Invoice invoice, boolean created, List<DomainEvent> events) {
    }
}

package dev.conveyor.application.fulfilment.service;

import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.application.fulfilment.port.in.VoidInvoiceUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.InvoiceAccess;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.util.List;

final class VoidInvoiceService implements VoidInvoiceUseCase {

    private final InvoiceRepositoryPort invoices;
    private final OrderRepositoryPort orders;
    private final InvoiceAccess access;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    VoidInvoiceService(InvoiceRepositoryPort invoices, OrderRepositoryPort orders, InvoiceAccess access,
                       EventRecorder events, TransactionPort transactions, Clock clock) {
        this.invoices = invoices;
        this.orders = orders;
        this.access = access;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public InvoiceView voidInvoice(Actor actor, InvoiceId invoiceId) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        Voided voided = transactions.inTransaction(() -> {
            Invoice seen = access.load(actor, invoiceId);
            // payments settle invoices under the order's lock; voiding waits for them
            Order order = orders.lockById(seen.orderId()).orElseThrow();
            Invoice invoice = invoices.findById(invoiceId).orElseThrow();
            invoice.voidInvoice(clock.instant());
            invoices.update(invoice);
            List<DomainEvent> recorded = invoice.pullEvents();
            events.append(actor, recorded);
            return new Voided(order, invoice, recorded);
        });
        events.committed(voided.events());
        return InvoiceView.of(voided.invoice(), voided.order().shippingAddress());
    }

    private record Voided(Order order, Invoice invoice, List<DomainEvent> events) {
    }
}

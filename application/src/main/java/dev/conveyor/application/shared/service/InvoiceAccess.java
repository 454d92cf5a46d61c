package dev.conveyor.application.shared.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.NotFoundException;

/**
 * Invoices and payments are the customer's and the back office's business. A
 * seller sees the order but not what it costs the customer in total: refused.
 */
public final class InvoiceAccess {

    private final InvoiceRepositoryPort invoices;
    private final OrderAccess orders;

    public InvoiceAccess(InvoiceRepositoryPort invoices, OrderAccess orders) {
        this.invoices = invoices;
        this.orders = orders;
    }

    /** The order, if the caller may see its invoices and payments. */
    public Order loadOrder(Actor actor, OrderId orderId) {
        Order order = orders.load(actor, orderId);
        if (!actor.isBackOffice() && !actor.isUser(order.customerId())) {
            throw new ForbiddenException("only the customer and staff see an order's invoices and payments");
        }
        return order;
    }

    public Invoice load(Actor actor, InvoiceId id) {
        Invoice invoice = invoices.findById(id).orElseThrow(() -> notFound(id));
        try {
            loadOrder(actor, invoice.orderId());
        } catch (NotFoundException hidden) {
            throw notFound(id);
        }
        return invoice;
    }

    public static NotFoundException notFound(InvoiceId id) {
        return new NotFoundException("INVOICE_NOT_FOUND", "invoice " + id + " does not exist");
    }
}

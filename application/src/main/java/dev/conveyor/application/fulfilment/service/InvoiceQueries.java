package dev.conveyor.application.fulfilment.service;

import dev.conveyor.application.fulfilment.port.in.GetInvoiceQuery;
import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.application.fulfilment.port.in.ListInvoicesQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.shared.service.InvoiceAccess;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import java.util.List;

final class InvoiceQueries implements GetInvoiceQuery, ListInvoicesQuery {

    private final InvoiceRepositoryPort invoices;
    private final InvoiceAccess access;

    InvoiceQueries(InvoiceRepositoryPort invoices, InvoiceAccess access) {
        this.invoices = invoices;
        this.access = access;
    }

    @Override
    public InvoiceView get(Actor actor, InvoiceId invoiceId) {
        Invoice invoice = access.load(actor, invoiceId);
        Order order = access.loadOrder(actor, invoice.orderId());
        return InvoiceView.of(invoice, order.shippingAddress());
    }

    @Override
    public List<InvoiceView> list(Actor actor, OrderId orderId) {
        Order order = access.loadOrder(actor, orderId);
        return invoices.findByOrder(orderId).stream()
                .map(invoice -> InvoiceView.of(invoice, order.shippingAddress()))
                .toList();
    }
}

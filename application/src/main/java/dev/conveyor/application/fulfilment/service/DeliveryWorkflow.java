package dev.conveyor.application.fulfilment.service;

import dev.conveyor.application.fulfilment.port.out.DeliveryRepositoryPort;
import dev.conveyor.application.fulfilment.port.out.DocumentNumberPort;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryLine;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.invoice.InvoiceStatus;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules that keep a delivery, its order's line quantities, the stock and
 * the delivery's invoice in step. Runs inside the caller's transaction on an
 * order the caller locked ({@code OrderRepositoryPort#lockById}); the caller
 * writes the order once at the end.
 */
final class DeliveryWorkflow {

    private final DeliveryRepositoryPort deliveries;
    private final InvoiceRepositoryPort invoices;
    private final StockPort stock;
    private final DocumentNumberPort numbers;

    DeliveryWorkflow(DeliveryRepositoryPort deliveries, InvoiceRepositoryPort invoices, StockPort stock,
                     DocumentNumberPort numbers) {
        this.deliveries = deliveries;
        this.invoices = invoices;
        this.stock = stock;
        this.numbers = numbers;
    }

    /** A pending delivery of units the order still has to deliver. */
    Delivery create(DeliveryId id, Order order, Map<Integer, Integer> quantities, String carrier,
                    String trackingNumber, UserId createdBy, Instant now, List<DomainEvent> events) {
        order.allocate(quantities, now);
        Delivery delivery = Delivery.create(id, numbers.nextDeliverySequence(), order, quantities, carrier,
                trackingNumber, createdBy, now);
        deliveries.insert(delivery);
        events.addAll(delivery.pullEvents());
        return delivery;
    }

    /** Moves the delivery and applies what the move means to the order, the stock and the invoice. */
    void move(Order order, Delivery delivery, DeliveryStatus target, String carrier, String trackingNumber,
              String reason, Instant now, List<DomainEvent> events) {
        delivery.changeStatus(target, carrier, trackingNumber, reason, now);
        Map<Integer, Integer> quantities = delivery.quantitiesByLine();
        switch (target) {
            case SHIPPED -> {
                order.ship(quantities, now);
                byProduct(delivery).forEach(stock::ship);
            }
            case DELIVERED -> order.deliver(quantities, now);
            case CANCELLED -> order.releaseAllocation(quantities, now);
            case FAILED -> {
                order.returnShipment(quantities, now);
                byProduct(delivery).forEach(stock::returnShipped);
                voidUnpaidInvoice(delivery, now, events);
            }
            case PENDING -> throw new IllegalStateException("deliveries never move back to PENDING");
        }
        deliveries.update(delivery);
        events.addAll(delivery.pullEvents());
    }

    /** The order was cancelled: its pending deliveries will not leave (the order released their units). */
    void stopPending(Order cancelled, Instant now, List<DomainEvent> events) {
        for (Delivery delivery : deliveries.findByOrder(cancelled.id())) {
            if (delivery.status() == DeliveryStatus.PENDING) {
                delivery.changeStatus(DeliveryStatus.CANCELLED, null, null, "the order was cancelled", now);
                deliveries.update(delivery);
                events.addAll(delivery.pullEvents());
            }
        }
    }

    /** A failed delivery's invoice bills nothing that arrived; once money was paid on it, staff decide. */
    private void voidUnpaidInvoice(Delivery delivery, Instant now, List<DomainEvent> events) {
        invoices.findByDelivery(delivery.id())
                .filter(invoice -> invoice.status() == InvoiceStatus.ISSUED)
                .ifPresent(invoice -> {
                    invoice.voidInvoice(now);
                    invoices.update(invoice);
                    events.addAll(invoice.pullEvents());
                });
    }

    /** Rows are touched in product id order, like placement does, so transactions cannot deadlock. */
    private static Map<ProductId, Integer> byProduct(Delivery delivery) {
        Map<ProductId, Integer> byProduct = new TreeMap<>();
        for (DeliveryLine line : delivery.lines()) {
            byProduct.merge(line.productId(), line.quantity(), Integer::sum);
        }
        return byProduct;
    }
}

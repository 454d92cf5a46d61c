package dev.conveyor.application.shared.port.out;

import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.OrderId;
import java.util.List;
import java.util.Optional;

public interface InvoiceRepositoryPort {

    /**
     * Stores the invoice unless its delivery has one already (the store decides, also between instances).
     *
     * @return false, writing nothing, when the delivery already has an invoice
     */
    boolean insertIfAbsent(Invoice invoice);

    /**
     * Writes status, amount paid and dates if the stored version is still the invoice's.
     *
     * @throws dev.conveyor.domain.shared.ConcurrentModificationException otherwise
     */
    void update(Invoice invoice);

    Optional<Invoice> findById(InvoiceId id);

    Optional<Invoice> findByDelivery(DeliveryId deliveryId);

    /** The order's invoices, oldest first. */
    List<Invoice> findByOrder(OrderId orderId);
}

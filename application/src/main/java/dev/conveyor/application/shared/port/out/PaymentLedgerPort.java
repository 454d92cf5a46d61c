package dev.conveyor.application.shared.port.out;

import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentId;
import java.util.List;
import java.util.Optional;

/** The payment ledger: entries are appended, never changed. */
public interface PaymentLedgerPort {

    /**
     * Appends the entry unless one with the same gateway and provider reference exists (the store decides,
     * so a gateway reporting the same payment twice, even to two instances at once, records it once).
     *
     * @return false, writing nothing, when the provider reference is already recorded
     */
    boolean append(Payment entry);

    Optional<Payment> findById(PaymentId id);

    Optional<Payment> findByProviderReference(String gateway, String providerReference);

    /** The order's entries, oldest first. */
    List<Payment> findByOrder(OrderId orderId);
}

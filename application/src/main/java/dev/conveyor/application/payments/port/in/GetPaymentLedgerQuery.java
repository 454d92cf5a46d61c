package dev.conveyor.application.payments.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.payment.PaymentAttempt;
import dev.conveyor.domain.shared.Money;
import java.util.List;
import java.util.UUID;

public interface GetPaymentLedgerQuery {

    /** The order's customer and the back office. */
    LedgerView ledger(Actor actor, OrderId orderId);

    /**
     * @param due     what the order is worth now
     * @param balance due less paid plus refunded; negative when the customer has credit
     * @param attempts card payments opened through a gateway, with how they ended
     */
    record LedgerView(UUID orderId, String orderNumber, PaymentStatus paymentStatus, Money due, Money paid,
                      Money refunded, Money balance, List<PaymentView> entries, List<PaymentAttempt> attempts) {
    }
}

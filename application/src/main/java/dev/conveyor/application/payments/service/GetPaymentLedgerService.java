package dev.conveyor.application.payments.service;

import dev.conveyor.application.payments.port.in.GetPaymentLedgerQuery;
import dev.conveyor.application.payments.port.in.PaymentView;
import dev.conveyor.application.payments.port.out.PaymentAttemptPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.InvoiceAccess;
import dev.conveyor.application.shared.service.PaymentSettlement;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.PaymentKind;
import dev.conveyor.domain.payment.PaymentLedger;
import dev.conveyor.domain.shared.Money;

final class GetPaymentLedgerService implements GetPaymentLedgerQuery {

    private final InvoiceAccess access;
    private final PaymentSettlement settlement;
    private final PaymentAttemptPort attempts;

    GetPaymentLedgerService(InvoiceAccess access, PaymentSettlement settlement, PaymentAttemptPort attempts) {
        this.access = access;
        this.settlement = settlement;
        this.attempts = attempts;
    }

    @Override
    public LedgerView ledger(Actor actor, OrderId orderId) {
        Order order = access.loadOrder(actor, orderId);
        PaymentLedger ledger = settlement.ledgerOf(order);
        Money zero = Money.zero(order.total().currency());
        return new LedgerView(order.id().value(), order.number().value(), order.paymentStatus(), ledger.due(),
                ledger.paid(), ledger.refunded(), ledger.balance(),
                ledger.entries().stream()
                        .map(e -> PaymentView.of(e, e.kind() == PaymentKind.PAYMENT ? ledger.refundable(e.id()) : zero))
                        .toList(),
                attempts.findByOrder(orderId));
    }
}

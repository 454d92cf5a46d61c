package dev.conveyor.adapter.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.application.shared.UnprocessableException;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class ManualPaymentGatewayAdapterTest {

    private final ManualPaymentGatewayAdapter manual = new ManualPaymentGatewayAdapter();

    @Test
    void aRefundByHandIsKnownByItsKey() {
        assertEquals("manual", manual.name());
        assertFalse(manual.takesCards());
        assertEquals(manual.refund(null, Money.of(5, "EUR"), "k1"), manual.refund(null, Money.of(5, "EUR"), "k1"));
        assertFalse(manual.refund(null, Money.of(5, "EUR"), "k1").equals(manual.refund(null, Money.of(5, "EUR"),
                "k2")));
    }

    @Test
    void itTakesNoCardsAndReceivesNoWebhooks() {
        assertEquals("CARD_PAYMENTS_DISABLED", assertThrows(UnprocessableException.class,
                () -> manual.startCardPayment(OrderId.newId(), "ORD-2026-000001", Money.of(1, "EUR"), "k")).code());
        assertThrows(NotFoundException.class, () -> manual.readWebhook("{}", "t=1,v1=x"));
    }
}

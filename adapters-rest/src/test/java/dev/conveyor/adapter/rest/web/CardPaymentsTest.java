package dev.conveyor.adapter.rest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cards are offered only with Stripe enabled and a publishable key: either alone would leave Stripe.js stuck. */
class CardPaymentsTest {

    @Test
    void stripeEnabledWithAKeyOffersCards() {
        CardPayments cards = new CardPayments(true, " pk_test_1 ");
        assertTrue(cards.offered());
        assertEquals(Optional.of("pk_test_1"), cards.publishableKey());
    }

    @Test
    void stripeEnabledWithoutAKeyOffersNone() {
        assertFalse(new CardPayments(true, "  ").offered());
    }

    @Test
    void aKeyWithStripeDisabledOffersNone() {
        CardPayments cards = new CardPayments(false, "pk_test_1");
        assertFalse(cards.offered());
        assertEquals(Optional.empty(), cards.publishableKey());
    }
}

package dev.conveyor.domain.payment;

import static dev.conveyor.domain.payment.PaymentLedgerTest.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.order.PaymentStatus;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Any sequence of payments and refunds, each refund at most what its payment
 * can still give back (as the use cases check it): the ledger sums to paid
 * minus refunded, and no payment is ever refunded below zero.
 */
class PaymentLedgerPropertyTest {

    @Property
    void theLedgerSumIsPaidMinusRefunded(@ForAll @Size(max = 30) List<@IntRange(min = -5000, max = 5000) Integer> moves,
                                         @ForAll @IntRange(max = 20000) int due) {
        List<Payment> entries = new ArrayList<>();
        long paid = 0;
        long refunded = 0;
        int second = 0;
        for (int move : moves) {
            PaymentLedger ledger = new PaymentLedger(entries, eur(due));
            if (move > 0) {
                entries.add(PaymentLedgerTest.paid(move, null, second++));
                paid += move;
            } else if (move < 0 && !ledger.refundablePayments().isEmpty()) {
                Payment from = ledger.refundablePayments().get(0);
                long amount = Math.min(-move, ledger.refundable(from.id()).amountMinor());
                entries.add(from.refund(PaymentId.newId(), eur(amount), "re_" + second++, null, null,
                        PaymentLedgerTest.NOW));
                refunded += amount;
            }
        }
        PaymentLedger ledger = new PaymentLedger(entries, eur(due));

        assertEquals(paid - refunded, ledger.net().amountMinor());
        assertEquals(paid, ledger.paid().amountMinor());
        assertEquals(refunded, ledger.refunded().amountMinor());
        assertEquals(due - (paid - refunded), ledger.balance().amountMinor());
        for (Payment entry : entries) {
            if (entry.kind() == PaymentKind.PAYMENT) {
                long left = ledger.refundable(entry.id()).amountMinor();
                assertTrue(left >= 0 && left <= entry.amount().amountMinor());
            }
        }
        if (paid == 0) {
            assertEquals(PaymentStatus.UNPAID, ledger.status());
        } else if (paid - refunded >= due && paid - refunded > 0) {
            assertEquals(PaymentStatus.PAID, ledger.status());
        } else if (refunded > 0) {
            assertEquals(paid == refunded ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED,
                    ledger.status());
        } else {
            assertEquals(PaymentStatus.PARTIALLY_PAID, ledger.status());
        }
    }
}

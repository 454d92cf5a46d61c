package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Staff change a paid order on its page: the edit form lowers a line and the page offers the difference, the
 * refund form gives it back without a credit note, a unit refunded by line comes with one, and cancelling a unit
 * afterwards offers back only what was not given back already.
 */
@MicronautTest(transactional = false)
class OrderAdjustmentsWebUiTest extends BrowserTestSupport {

    private static final long PRICE = 1999;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.h2(), "conveyor.orders.cancellation-window", "1s",
                "conveyor.orders.confirmation-job.interval", "100ms");
    }

    @Test
    void staffEditRefundAndCancelPartOfAPaidOrder() {
        Session admin = shop.admin();
        Session seller = shop.user("SELLER");
        Session customer = shop.customer();
        UUID product = shop.product(seller, 10);
        UUID order = shop.confirmedPaidOrder(customer, product, 4);

        try (Browser browser = browser()) {
            browser.signIn(TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD).route("/orders/" + order);
            browser.type("#f-line-1", "3").click("#edit-order-submit").waitForCount("#refundable", 1);
            assertEquals(PRICE, api.get("/api/orders/" + order).as(admin).send().number("refundable.amountMinor"));
            browser.check("admin-order-edited");

            browser.click("#refund-submit").waitForText(".toast", "no credit note needed")
                    .waitForCount("#refundable", 0);
            assertEquals(0, api.get("/api/orders/" + order + "/credit-notes").as(admin).send().number("total"),
                    "the unit edited away was never invoiced: nothing to credit");

            browser.click("[data-test=refund-mode-lines]").type("#f-refund-line-1", "1").click("#refund-submit")
                    .waitForCount("[data-test=credit-note]", 1);
            Reply afterCredit = api.get("/api/orders/" + order).as(admin).send().expect(200);
            assertEquals(0, afterCredit.number("balanceDue.amountMinor"), "the credited unit is not owed again");
            assertEquals(0, afterCredit.number("refundable.amountMinor"));
            browser.check("admin-order-refunded");

            browser.type("#f-cancel-line-1", "1").click("#cancel-lines-submit").waitForCount("#refundable", 1);
            Reply cancelled = api.get("/api/orders/" + order).as(admin).send().expect(200);
            assertEquals(1, cancelled.number("lines.0.cancelled"));
            assertEquals(PRICE, cancelled.number("refundable.amountMinor"),
                    "of the two units left, one was credited: one more is owed back, not two");
            assertTrue(browser.text("#refundable").contains("19.99"), browser.text("#refundable"));
            browser.check("admin-order-lines-cancelled");
        }
    }
}

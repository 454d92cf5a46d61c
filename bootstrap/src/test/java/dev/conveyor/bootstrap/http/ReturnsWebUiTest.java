package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A return in the browser, from the customer's request to the credit note: the customer asks to send back one
 * of three delivered units (a missing reason is refused next to its field), the administrator approves it,
 * receives it back in stock and refunds it, and both see the credit note with its PDF.
 */
@MicronautTest(transactional = false)
class ReturnsWebUiTest extends BrowserTestSupport {

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.h2(), "conveyor.orders.cancellation-window", "1s",
                "conveyor.orders.confirmation-job.interval", "100ms");
    }

    @Test
    void aCustomerReturnsADeliveredUnitAndTheAdministratorTakesItBackAndRefundsIt() {
        Session admin = shop.admin();
        Session seller = shop.user("SELLER");
        Session customer = shop.customer();
        UUID product = shop.product(seller, 10);
        UUID order = shop.confirmedPaidOrder(customer, product, 3);
        UUID delivery = api.post("/api/orders/" + order + "/deliveries").as(admin).json(Map.of()).send().expect(201).id();
        for (String status : List.of("SHIPPED", "DELIVERED")) {
            api.patch("/api/deliveries/" + delivery + "/status").as(admin).json(Map.of("status", status)).send()
                    .expect(200);
        }
        long onHand = api.get("/api/products/" + product).as(seller).send().expect(200).number("stock.onHand");

        try (Browser browser = browser()) {
            browser.signIn(customer.email(), HttpShop.PASSWORD).route("/orders/" + order);
            browser.type("#f-return-1-quantity", "1").click("#request-return-submit")
                    .waitForText("#request-return [data-test=field-error]", "");
            assertTrue(browser.find("#f-return-1-reason").getAttribute("aria-invalid").equals("true"),
                    "a missing reason is shown next to its field");
            browser.discardConsole(); // the refused request is logged by the browser
            browser.type("#f-return-1-reason", "too small").click("#request-return-submit")
                    .waitForBadge("[data-test=return]", "REQUESTED");
            assertTrue(browser.text("[data-test=return]").contains("1 × "), browser.text("[data-test=return]"));
            assertTrue(browser.text("label[for=f-return-1-quantity]").contains("up to 2"),
                    "two units are left to return");
            browser.check("customer-return-requested");
        }

        String creditNote;
        try (Browser browser = browser()) {
            browser.signIn(TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD).route("/orders/" + order);
            browser.click("[data-action=return-approve]").waitForBadge("[data-test=return]", "APPROVED");
            browser.check("admin-return-approved");
            browser.click("[data-action=return-receive]").waitForBadge("[data-test=return]", "RECEIVED");
            assertEquals(onHand + 1, api.get("/api/products/" + product).as(seller).send().expect(200)
                    .number("stock.onHand"), "received back in stock");
            browser.click("[data-action=return-refund]").waitForBadge("[data-test=return]", "REFUNDED")
                    .waitForCount("[data-test=credit-note]", 1);
            creditNote = api.get("/api/orders/" + order + "/credit-notes").as(admin).send().expect(200)
                    .text("items.0.number");
            assertEquals(creditNote, browser.find("[data-test=credit-note]").getAttribute("data-number"));
            browser.check("admin-return-refunded");
        }

        try (Browser browser = browser()) {
            browser.signIn(customer.email(), HttpShop.PASSWORD).route("/orders/" + order);
            browser.waitForBadge("[data-test=return]", "REFUNDED").waitForText("[data-test=credit-note]", creditNote);
            Object pdf = browser.script("return fetch(document.querySelector('[data-test=credit-note] a').href)"
                    + ".then(r => r.status + ' ' + r.headers.get('Content-Type'))");
            assertEquals("200 application/pdf", pdf, "the customer downloads the credit note");
            browser.waitForText("[data-test=history-entry]", "return").check("customer-return-refunded");
        }
    }
}

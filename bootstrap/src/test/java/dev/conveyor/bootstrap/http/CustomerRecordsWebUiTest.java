package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

/**
 * What the shop keeps about its customers, in a real browser: staff notes on the customer page and in an order's
 * history (never on the customer's own order page), and the customer's address book, edited on the profile page
 * and filled in by the checkout.
 */
@MicronautTest(transactional = false)
class CustomerRecordsWebUiTest extends BrowserTestSupport {

    /** The history loaded: its entries, or its empty state while the events are still on their way. */
    private static final String HISTORY_SHOWN = "#timeline [data-test=history-entry], #timeline [data-test=empty]";

    @Override
    public Map<String, String> getProperties() {
        return TestServers.h2();
    }

    @Test
    void staffNotesShowOnTheCustomerPageAndInTheOrderHistoryButNeverToTheCustomer() {
        Session customer = shop.customer();
        UUID product = shop.product(shop.user("SELLER"), 10);
        UUID order = shop.placeOrder(customer, product, 1).expect(201).id();

        try (Browser staff = browser()) {
            staff.signIn(TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD).route("/admin/customers/" + customer.userId());
            staff.find("#staff-notes [data-test=empty]");
            staff.click("#add-note-submit").waitForText("#add-note [data-test=field-error]", "body");
            staff.discardConsole(); // the refused request is logged by the browser
            staff.type("#f-body", "Prefers deliveries after 5 pm").click("#add-note-submit")
                    .waitForText("[data-test=staff-note]", "Prefers deliveries after 5 pm");
            assertTrue(staff.text("[data-test=staff-note]").contains(TestServers.ADMIN_EMAIL),
                    () -> "the author: " + staff.text("[data-test=staff-note]"));
            staff.check("admin-customer-notes");

            staff.route("/orders/" + order).find(HISTORY_SHOWN);
            staff.type("#f-body", "Called: the parcel may go to the neighbour").click("#add-note-submit")
                    .waitForText("#timeline [data-test=history-note]", "noted: ");
            assertTrue(staff.text("[data-test=history-note]").contains("the parcel may go to the neighbour"),
                    () -> staff.text("[data-test=history-note]"));
            staff.check("admin-order-notes");
        }

        try (Browser own = browser()) {
            own.signIn(customer.email(), HttpShop.PASSWORD).route("/orders/" + order).find(HISTORY_SHOWN);
            assertEquals(0, own.all("[data-test=history-note]").size(), "the customer sees no staff note");
            assertEquals(0, own.all("#add-note").size());
            assertFalse(own.text("#timeline").contains("neighbour"), () -> own.text("#timeline"));
            own.assertNoConsoleErrors("customer order without notes");
        }
    }

    @Test
    void aCustomerKeepsAddressesOnTheProfileAndTheCheckoutFillsInTheDefault() {
        Session customer = shop.customer();
        UUID product = shop.product(shop.user("SELLER"), 10);
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", product.toString(), "quantity", 1))
                .send().expect(200);

        try (Browser browser = browser()) {
            browser.signIn(customer.email(), HttpShop.PASSWORD).click("#nav-profile").find("#address-book [data-test=empty]");
            browser.click("#add-address");
            fill(browser, "Anna Huber", "Ring 1", "1010", "Wien", "AT");
            browser.click("#save-address").waitForCount("[data-test=saved-address]", 1);
            assertEquals("true", browser.find("[data-test=saved-address]").getAttribute("data-default"),
                    "the first address is the default");

            browser.click("#add-address");
            fill(browser, "Anna Huber", "Hauptplatz 3", "8010", "", "AT");
            browser.click("#save-address").waitForText("#address-form [data-test=field-error]", "");
            assertEquals("true", browser.find("#f-address-city").getAttribute("aria-invalid"), "the missing city, by its field");
            browser.discardConsole(); // the refused request is logged by the browser
            browser.type("#f-address-city", "Gratz").click("#save-address").waitForCount("[data-test=saved-address]", 2);

            // an edit: the typo in the city, and the second address made the default on the way
            browser.click("[data-test=saved-address][data-default=false] [data-action=edit-address]");
            browser.type("#f-address-city", "Graz").click("#address-default").click("#save-address")
                    .waitForText("[data-test=saved-address][data-default=true]", "Graz");
            assertTrue(browser.text("[data-test=saved-address][data-default=false]").contains("Wien"));
            browser.check("customer-profile-addresses");

            browser.route("/checkout");
            new FluentWait<>(browser).withTimeout(Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(100))
                    .until(b -> "Graz".equals(b.find("#f-shippingAddress-city").getAttribute("value")));
            assertEquals("Hauptplatz 3", browser.find("#f-shippingAddress-line1").getAttribute("value"),
                    "the default address is filled in");
            new Select(browser.find("#f-saved-address")).selectByVisibleText(
                    "Anna Huber, Ring 1, Wien, AT");
            assertEquals("Wien", browser.find("#f-shippingAddress-city").getAttribute("value"), "another one, chosen");
            assertEquals("1010", browser.find("#f-shippingAddress-postalCode").getAttribute("value"));
            browser.check("customer-checkout-address-book");
        }
    }

    private static void fill(Browser browser, String name, String line1, String postalCode, String city, String country) {
        browser.type("#f-address-name", name).type("#f-address-line1", line1).type("#f-address-postalCode", postalCode)
                .type("#f-address-country", country);
        if (!city.isEmpty()) {
            browser.type("#f-address-city", city);
        }
    }
}

package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The back office in a real browser: an administrator takes an order from the list to completed through
 * a partial delivery, invoices and payments; and a customer's open order page follows the change live.
 * The cancellation window is one second here, so orders are confirmed before the back office starts.
 */
@MicronautTest(transactional = false)
class BackOfficeWebUiTest extends BrowserTestSupport {

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.h2(), "conveyor.orders.cancellation-window", "1s");
    }

    /** An order of {@code quantity} units, placed over the API and confirmed once its window closed. */
    private Reply confirmedOrder(Session customer, int quantity) {
        Session seller = shop.user("SELLER");
        UUID product = api.post("/api/products").as(seller)
                .json(HttpShop.productBody("Desk " + UUID.randomUUID().toString().substring(0, 6), 1500, 10))
                .send().expect(201).id();
        UUID id = shop.placeOrder(customer, product, quantity).expect(201).id();
        return new FluentWait<>(id).withTimeout(Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(100))
                .until(order -> {
                    Reply now = api.get("/api/orders/" + order).as(customer).send().expect(200);
                    return now.text("status").equals("CONFIRMED") ? now : null;
                });
    }

    @Test
    void anAdministratorDeliversInPartsInvoicesAndCollectsUntilTheOrderIsCompleted() {
        Session customer = shop.customer();
        api.patch("/api/users/me").as(customer).json(Map.of("phone", "+44 20 7946 0000")).send().expect(200);
        Reply order = confirmedOrder(customer, 3);
        String number = order.text("number");

        try (Browser admin = browser()) {
            admin.signIn(TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD);
            admin.find("#nav-dashboard");
            admin.find("#kpi-orders");
            assertTrue(admin.text("#kpi-revenue").matches("€[0-9.,]+"), () -> "revenue with its currency: " + admin.text("#kpi-revenue"));
            assertTrue(admin.text("#kpi-revenue-net").matches("€[0-9.,]+"), () -> "net revenue with its currency: " + admin.text("#kpi-revenue-net"));
            assertEquals(2, admin.all("#orders-chart line.axis").size(), "the chart has a count axis and an hour axis");
            admin.check("dashboard");

            admin.click("#nav-admin-orders").type("#f-q", number).click("#apply-filters")
                    .waitForCount("[data-test=order-row]", 1);
            String customerCell = admin.find("[data-test=order-row][data-number='" + number + "'] "
                    + "[data-test=order-customer]").getText();
            assertTrue(customerCell.contains(customer.email()) && customerCell.contains("Test user"),
                    () -> "the customer's email and name, not the shipping name: " + customerCell);
            admin.check("admin-orders");
            assertTrue(admin.find("#export-csv").getAttribute("href").contains("/api/admin/orders/export?q=" + number),
                    "the CSV export carries the current filter");
            admin.click("[data-test=order-row][data-number='" + number + "'] a");
            admin.waitForBadge("#order-status", "CONFIRMED");

            admin.type("#new-delivery input[data-line='1']", "1").click("#create-delivery")
                    .waitForCount("[data-test=delivery]", 1).waitForBadge("#fulfilment-status", "UNFULFILLED");
            admin.waitForText("#customer-contact", customer.email()).waitForText("#customer-contact", "+44 20 7946 0000");
            admin.check("admin-order");
            admin.type("[data-test=delivery] input[name^=carrier]", "DHL")
                    .type("[data-test=delivery] input[name^=tracking]", "1Z999AA10123456784")
                    .click("[data-action=delivery-SHIPPED]").waitForBadge("#fulfilment-status", "PARTIALLY_SHIPPED")
                    .waitForText("[data-test=tracking]", "DHL · tracking 1Z999AA10123456784");
            admin.click("[data-action=delivery-DELIVERED]").waitForBadge("#fulfilment-status", "PARTIALLY_DELIVERED");
            admin.click("[data-action=invoice]").waitForCount("[data-test=invoice]", 1);
            admin.click("#record-payment-submit").waitForCount("[data-test=payment]", 1)
                    .waitForBadge("#payment-status", "PARTIALLY_PAID");

            // the rest: the form proposes everything that remains
            admin.click("#create-delivery").waitForCount("[data-test=delivery]", 2);
            admin.click("[data-action=delivery-SHIPPED]").click("[data-action=delivery-DELIVERED]")
                    .waitForBadge("#fulfilment-status", "DELIVERED");
            admin.click("[data-action=invoice]").waitForCount("[data-test=invoice]", 2);
            admin.click("#record-payment-submit").waitForCount("[data-test=payment]", 2);
            admin.waitForBadge("#payment-status", "PAID").waitForBadge("#order-status", "COMPLETED");
            admin.check("admin-order-completed");
            assertHistoryInWords(admin, "Test user placed the order — 3 items, €45.00",
                    "You shipped 1 × Desk ");
            assertTrue(admin.text("#timeline").contains("recorded a payment of €15.00 by bank transfer"),
                    () -> admin.text("#timeline"));
            assertTrue(admin.text("#timeline").contains("with DHL, tracking 1Z999AA10123456784"), () -> admin.text("#timeline"));

            admin.click("#nav-products").find("[data-test=managed-product]");
            admin.check("admin-products");
            admin.click("#nav-users").find("select[aria-label^='Role of']");
            admin.check("admin-users");
            admin.click("#nav-profile").find("#profile-details");
            admin.check("admin-profile");
        }
        Reply completed = api.get("/api/orders/" + order.id()).as(customer).send().expect(200);
        assertEquals("COMPLETED", completed.text("status"), completed::toString);
        assertEquals(100, completed.number("progress"));

        try (Browser own = browser()) {
            own.signIn(customer.email(), HttpShop.PASSWORD).route("/orders/" + order.id())
                    .waitForBadge("#order-status", "COMPLETED");
            assertHistoryInWords(own, "You placed the order — 3 items, €45.00", "The shop shipped 1 × Desk ");
            assertFalse(own.text("#timeline").contains("Stock"), "customers are not told about stock movements");
            own.script("document.getElementById('timeline').scrollIntoView()");
            own.check("customer-order-history");
        }
    }

    /**
     * The history of the order as sentences, one entry per change, with no event code left: its first entry
     * says who placed it, another who shipped what, and the last that it is completed.
     */
    private static void assertHistoryInWords(Browser browser, String placed, String shipped) {
        browser.waitForText("[data-test=history-entry]", "The order is completed");
        List<String> entries = browser.all("[data-test=history-entry]").stream().map(WebElement::getText).toList();
        assertTrue(entries.get(0).startsWith(placed), () -> "first entry: " + entries);
        assertTrue(entries.stream().anyMatch(e -> e.startsWith(shipped)), () -> "a shipment: " + entries);
        assertTrue(entries.get(entries.size() - 1).contains("The order is completed"), () -> "last entry: " + entries);
        assertTrue(entries.stream().noneMatch(e -> e.matches("(?s).*\\b[a-z]+:[a-z-]+\\b.*")), () -> "event codes: " + entries);
        assertTrue(entries.size() < 14, () -> "the events of one change make one entry: " + entries);
    }

    @Test
    void aCustomersOpenOrderPageFollowsTheAdministratorsChangeLive() {
        Session customer = shop.customer();
        Reply order = confirmedOrder(customer, 1);

        try (Browser watching = browser(); Browser admin = browser()) {
            watching.signIn(customer.email(), HttpShop.PASSWORD);
            watching.route("/orders/" + order.id()).waitForBadge("#order-status", "CONFIRMED");
            watching.find("#live-status[data-status=live]");
            watching.script("window.conveyorTestMarker = 'not reloaded'");

            admin.signIn(TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD);
            admin.route("/orders/" + order.id()).waitForBadge("#order-status", "CONFIRMED");
            admin.click("[data-action=status-PROCESSING]").waitForBadge("#order-status", "PROCESSING");

            watching.waitForBadge("#order-status", "PROCESSING", Duration.ofSeconds(2));
            watching.find("[data-test=toast]");
            assertEquals("not reloaded", watching.script("return window.conveyorTestMarker"));
            watching.check("live-order");
            admin.assertNoConsoleErrors("admin order");
        }
    }

    @Test
    void aPageWhoseConnectionDroppedCatchesUpOnWhatChangedMeanwhile() {
        Session customer = shop.customer();
        Reply order = confirmedOrder(customer, 1);

        try (Browser watching = browser()) {
            watching.recordWebSockets().signIn(customer.email(), HttpShop.PASSWORD);
            watching.route("/orders/" + order.id()).waitForBadge("#order-status", "CONFIRMED");
            watching.find("#live-status[data-status=live]");

            watching.dropWebSockets().find("#live-status[data-status=reconnecting]");
            // changed while the page is not connected: only resuming after the last position seen brings it
            api.patch("/api/orders/" + order.id() + "/status").as(shop.admin()).json(Map.of("status", "PROCESSING"))
                    .send().expect(200);

            watching.find("#live-status[data-status=live]");
            watching.waitForBadge("#order-status", "PROCESSING");
            watching.assertNoConsoleErrors("resumed order");
        }
    }

    /**
     * Each of the seller's lines shows its own stage and the step open on it; the seller ships one line from
     * the list by keyboard alone (the order page proposes that line only, focused), and the stages follow.
     */
    @Test
    void aSellerShipsOneOfTheirLinesFromTheirListByKeyboard() {
        Session seller = shop.user("SELLER");
        String word = UUID.randomUUID().toString().substring(0, 8);
        UUID chair = api.post("/api/products").as(seller).json(HttpShop.productBody("Chair " + word, 4000, 5))
                .send().expect(201).id();
        UUID table = api.post("/api/products").as(seller).json(HttpShop.productBody("Table " + word, 9000, 5))
                .send().expect(201).id();
        Session customer = shop.customer();
        Reply order = api.post("/api/orders").as(customer).json(Map.of("lines", List.of(
                        Map.of("productId", chair.toString(), "quantity", 2),
                        Map.of("productId", table.toString(), "quantity", 1)),
                "shippingAddress", HttpShop.address())).send().expect(201);
        String row = "[data-test=seller-order][data-number='" + order.text("number") + "'] ";

        try (Browser browser = browser()) {
            browser.signIn(seller.email(), HttpShop.PASSWORD);
            // the window closes within a second: the list follows the confirmation live
            browser.find(row + "[data-line='1'] [data-action=ship-line]");
            browser.waitForBadge(row + "[data-test=seller-line][data-line='1']", "PENDING")
                    .waitForBadge(row + "[data-test=seller-line][data-line='2']", "PENDING");
            assertEquals("3 items", browser.text(row + "[data-test=seller-units]"));
            assertEquals("Ship 2", browser.text(row + "[data-line='1'] [data-action=ship-line]"));

            browser.tabTo(row + "[data-line='1'] [data-action=ship-line]").press(Keys.ENTER);
            browser.find("#new-delivery input[data-line='1']:focus");
            assertEquals("2", browser.find("#new-delivery input[data-line='1']").getAttribute("value"));
            assertEquals("0", browser.find("#new-delivery input[data-line='2']").getAttribute("value"),
                    "the other line waits");
            browser.tabTo("#new-delivery input[name=carrier-new]").press("UPS")
                    .tabTo("#new-delivery input[name=tracking-new]").press("1Z12345E0291980793")
                    .tabTo("#create-delivery").press(Keys.ENTER).waitForCount("[data-test=delivery]", 1);
            browser.tabTo("[data-test=delivery] [data-action=delivery-SHIPPED]").press(Keys.ENTER)
                    .waitForBadge("#fulfilment-status", "PARTIALLY_SHIPPED")
                    .waitForText("[data-test=tracking]", "UPS · tracking 1Z12345E0291980793");
            List<String> stages = browser.all("[data-test=line-stage] [data-value]").stream()
                    .map(badge -> badge.getAttribute("data-value")).toList();
            assertEquals(List.of("SHIPPED", "PROCESSING"), stages, "each line's own stage");
            browser.check("seller-order-shipped");

            browser.tabTo("#nav-seller").press(Keys.ENTER);
            browser.waitForBadge(row + "[data-test=seller-line][data-line='1']", "SHIPPED")
                    .waitForBadge(row + "[data-test=seller-line][data-line='2']", "PROCESSING")
                    .waitForBadge(row + "[data-test=seller-stage]", "PROCESSING");
            assertEquals(List.of("Ship 1"), browser.all(row + "[data-action=ship-line]").stream()
                    .map(WebElement::getText).toList(), "only the line still to ship offers it");
            browser.check("seller-lines");
            browser.click("#nav-products").find("[data-test=managed-product]");
            browser.check("seller-products");
        }
    }

    /** The accessibility check fails on a violation: a button nobody can name. */
    @Test
    void theAccessibilityCheckFailsOnASeriousViolation() {
        try (Browser browser = browser()) {
            browser.open("/#/signin").find("#signin-submit");
            browser.check("signin");
            browser.route("/no-such-page").waitForText("h1", "Not found");
            browser.check("not-found");
            browser.script("document.querySelector('main').appendChild(document.createElement('button'))");
            AssertionError failure = assertThrows(AssertionError.class, () -> browser.assertAccessible("broken"));
            assertTrue(failure.getMessage().contains("button-name"), failure::getMessage);
        }
    }

    /** Swagger UI runs under a policy of its own (its inline loader by hash, inline styles): it still renders. */
    @Test
    void swaggerUiRendersUnderItsContentSecurityPolicy() {
        try (Browser browser = browser()) {
            browser.open("/swagger-ui/index.html");
            assertTrue(browser.find(".information-container .title").getText().contains("Conveyor"));
            browser.find(".opblock-tag-section");
            browser.assertNoConsoleErrors("swagger-ui");
        }
    }
}

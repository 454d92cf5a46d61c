package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Bulk work on the admin order list in a real browser: a selection exported as CSV, then shipped, each order in
 * one delivery, with the order that could not be shipped named. The cancellation window is one second here, so
 * orders are confirmed before the back office starts.
 */
@MicronautTest(transactional = false)
class BulkOrdersWebUiTest extends BrowserTestSupport {

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.h2(), "conveyor.orders.cancellation-window", "1s");
    }

    @Test
    void staffShipThreeSelectedOrdersInOneClickAndSeeWhichOneCouldNotBe() {
        Session customer = shop.customer();
        Session seller = shop.user("SELLER");
        UUID product = api.post("/api/products").as(seller)
                .json(HttpShop.productBody("Lamp " + UUID.randomUUID().toString().substring(0, 6), 2500, 20))
                .send().expect(201).id();
        List<Reply> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(shop.placeOrder(customer, product, i + 1).expect(201));
        }
        Reply cancelled = orders.get(1);
        api.post("/api/orders/" + cancelled.id() + "/cancel").as(shop.admin()).json(Map.of("reason", "too many"))
                .send().expect(200);
        for (Reply order : orders) {
            confirmedOrCancelled(customer, order.id());
        }

        try (Browser staff = browser()) {
            staff.signIn(TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD);
            staff.click("#nav-admin-orders").type("#f-q", customer.email()).click("#apply-filters")
                    .waitForCount("[data-test=order-row]", 4);
            staff.click("#select-page").waitForText("#bulk-count", "4 selected");
            staff.check("admin-orders-selected");

            // the CSV is made in the page (a POST of the selection): read it where it becomes a download
            staff.script("window.exportedCsv = null; const made = URL.createObjectURL;"
                    + "URL.createObjectURL = (blob) => { blob.text().then((t) => { window.exportedCsv = t; }); return made(blob); };");
            staff.click("#bulk-export");
            String csv = new FluentWait<>(staff).withTimeout(Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(100))
                    .until(b -> (String) b.script("return window.exportedCsv"));
            assertEquals(5, csv.strip().split("\r?\n").length, () -> "a header and the four selected orders: " + csv);
            orders.forEach(order -> assertTrue(csv.contains(order.text("number")), csv));

            staff.click("#bulk-ship").waitForText("#bulk-report", "3 orders shipped, 1 not:");
            assertEquals(1, staff.all("[data-test=bulk-failure]").size());
            assertTrue(staff.text("[data-test=bulk-failure]").startsWith(cancelled.text("number") + " — "),
                    () -> "the order that could not be shipped, by its number: " + staff.text("[data-test=bulk-failure]"));
            assertTrue(staff.text("[data-test=bulk-failure]").contains("cancelled"), () -> staff.text("[data-test=bulk-failure]"));
            staff.check("admin-orders-bulk-shipped");
        }
        for (Reply order : orders) {
            if (order != cancelled) {
                Reply now = api.get("/api/orders/" + order.id()).as(customer).send().expect(200);
                assertEquals("SHIPPED", now.text("fulfillmentStatus"), now::toString);
                assertEquals(1, api.get("/api/orders/" + order.id() + "/deliveries").as(customer).send().expect(200)
                        .number("total"), "one delivery per order");
            }
        }
    }

    @Test
    void aSavedViewBringsBackItsFiltersAfterAReload() {
        Session customer = shop.customer();
        UUID product = shop.product(shop.user("SELLER"), 10);
        shop.placeOrder(customer, product, 1).expect(201);
        shop.placeOrder(customer, product, 2).expect(201);

        try (Browser staff = browser()) {
            staff.signIn(TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD);
            staff.click("#nav-admin-orders").type("#f-q", customer.email()).click("#apply-filters")
                    .waitForCount("[data-test=order-row]", 2);
            staff.type("#f-view-name", "Customer " + customer.email()).click("#save-view")
                    .waitForCount("[data-test=saved-view]", 1);
            staff.check("admin-orders-saved-view");

            staff.script("location.reload()");
            staff.find("#f-view").findElement(org.openqa.selenium.By.cssSelector("[data-test=saved-view]")).click();
            staff.waitForCount("[data-test=order-row]", 2);
            assertEquals(customer.email(), staff.find("#f-q").getAttribute("value"));
            staff.click("#delete-view").waitForText("#f-view", "No saved views yet");
            staff.assertNoConsoleErrors("saved views");
        }
    }

    private void confirmedOrCancelled(Session customer, UUID id) {
        new FluentWait<>(id).withTimeout(Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(100))
                .until(order -> List.of("CONFIRMED", "CANCELLED")
                        .contains(api.get("/api/orders/" + order).as(customer).send().expect(200).text("status")) ? order : null);
    }
}

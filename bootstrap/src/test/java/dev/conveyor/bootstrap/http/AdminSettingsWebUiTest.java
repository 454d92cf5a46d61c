package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

/**
 * The back office's settings pages in a real browser, each family created, seen in its list, edited or closed and
 * deactivated, with problems reported in words next to their fields; and the dashboard's carts. Carts count as
 * abandoned after a second here, so that the dashboard lists one without a clock to move.
 */
@MicronautTest(transactional = false)
class AdminSettingsWebUiTest extends BrowserTestSupport {

    private static final String ERROR = " [data-test=field-error]";

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.h2(), "conveyor.webhooks.allowed-targets", "127.0.0.1",
                "conveyor.carts.abandoned-after", "1s");
    }

    private Browser admin() {
        return browser().signIn(TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD);
    }

    @Test
    void anAdministratorCreatesEditsAndDeactivatesAPromotionWhichStaffOnlyRead() {
        try (Browser admin = admin()) {
            admin.click("#nav-promotions").click("#new-setting").click("#promotion-form button[type=submit]");
            admin.waitForText("#promotion-form" + ERROR, "Enter the name.")
                    .waitForText("#promotion-form" + ERROR, "Enter the percent off.");
            assertEquals(2, admin.all("#promotion-form" + ERROR).size(), "every problem at once, before sending");

            admin.type("#f-name", "Spring sale").type("#f-code", "SPRING10").type("#f-discount-percent", "150")
                    .click("#promotion-form button[type=submit]");
            admin.waitForText("#f-discount-percent-error", "at most 100");
            assertEquals("true", admin.find("#f-discount-percent").getAttribute("aria-invalid"),
                    "the server's refusal, next to its field");
            admin.discardConsole(); // the refused request is logged by the browser
            admin.type("#f-discount-percent", "10").click("#promotion-form button[type=submit]")
                    .waitForText("[data-test=promotion]", "Spring sale");
            assertTrue(admin.text("[data-test=promotion]").contains("SPRING10"));
            admin.check("admin-promotions");

            admin.click("[aria-label='Edit Spring sale']").type("#f-discount-percent", "15")
                    .click("#promotion-form button[type=submit]").waitForText("[data-test=promotion]", "15 % off");
            admin.click("[aria-label='Deactivate Spring sale']").waitForBadge("[data-test=promotion]", "INACTIVE");
            admin.assertNoConsoleErrors("promotion edited and deactivated");
        }
        try (Browser staff = browser()) {
            Session member = shop.user("STAFF");
            staff.signIn(member.email(), HttpShop.PASSWORD).click("#nav-promotions").find("#read-only");
            staff.waitForText("[data-test=promotion]", "Spring sale");
            assertEquals(0, staff.all("#new-setting").size(), "staff read, administrators change");
            assertEquals(0, staff.all("[aria-label='Edit Spring sale']").size());
            staff.check("staff-promotions");
        }
    }

    @Test
    void anAdministratorAddsATaxCategoryAndARateThenClosesTheRate() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        try (Browser admin = admin()) {
            admin.click("#nav-taxes").click("#new-category").type("#f-code", "luxury").type("#f-name", "Luxury goods")
                    .click("#tax-category-form button[type=submit]").waitForText("[data-test=tax-category]", "Luxury goods");

            admin.click("#new-rate").type("#f-name", "").click("#tax-rate-form button[type=submit]");
            admin.waitForText("#tax-rate-form" + ERROR, "Enter the name.")
                    .waitForText("#tax-rate-form" + ERROR, "Enter the country code.")
                    .waitForText("#tax-rate-form" + ERROR, "Enter the tax category.")
                    .waitForText("#tax-rate-form" + ERROR, "Enter the percent.");
            admin.type("#f-name", "Luxury VAT 32 %").type("#f-country", "at").type("#f-percent", "32");
            new Select(admin.find("#f-taxCategory")).selectByValue("luxury");
            admin.click("#tax-rate-form button[type=submit]").waitForText("[data-test=tax-rate]", "Luxury VAT 32 %");
            assertTrue(admin.text("#tax-rates").contains("AT"), () -> admin.text("#tax-rates"));
            admin.check("admin-taxes");

            admin.click("[aria-label='Close Luxury VAT 32 %']").click("#close-rate-form button[type=submit]")
                    .waitForText("[data-test=tax-rate]", "until " + tomorrow);
            admin.assertNoConsoleErrors("tax rate closed");
        }
    }

    @Test
    void anAdministratorCreatesEditsAndDeactivatesAShippingMethod() {
        try (Browser admin = admin()) {
            admin.click("#nav-shipping").click("#new-setting").find("#shipping-form");
            admin.type("#f-countries", "Austria").click("#shipping-form button[type=submit]");
            admin.waitForText("#shipping-form" + ERROR, "Enter the name.")
                    .waitForText("#shipping-form" + ERROR, "Enter the carrier.")
                    .waitForText("#shipping-form" + ERROR, "Enter two-letter country codes")
                    .waitForText("#shipping-form" + ERROR, "Enter the amount.");
            admin.type("#f-name", "Parcel").type("#f-carrier", "DHL").type("#f-countries", "at, de")
                    .type("#f-rule-amount", "4.90").type("#f-freeAbove", "50")
                    .click("#shipping-form button[type=submit]").waitForText("[data-test=shipping-method]", "Parcel");
            String row = admin.text("[data-test=shipping-method]");
            assertTrue(row.contains("AT, DE") && row.contains("4.90") && row.contains("50.00"), row);
            admin.check("admin-shipping");

            admin.click("[aria-label='Edit Parcel']").type("#f-rule-amount", "5.90")
                    .click("#shipping-form button[type=submit]").waitForText("[data-test=shipping-method]", "5.90");
            admin.click("[aria-label='Deactivate Parcel']").waitForBadge("[data-test=shipping-method]", "INACTIVE");
            admin.assertNoConsoleErrors("shipping method edited and deactivated");
        }
    }

    @Test
    void anAdministratorRegistersAWebhookSeesItsSecretOnceAndRedeliversFromItsLog() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0); Browser admin = admin()) {
            admin.click("#nav-webhooks").click("#new-setting").click("#webhook-form button[type=submit]")
                    .waitForText("#webhook-form" + ERROR, "Enter the address (url).");
            admin.type("#f-url", receiver.url()).type("#f-eventTypes", "order:created")
                    .click("#webhook-form button[type=submit]").waitForText("#webhook-secret", "shown only this once");
            assertTrue(admin.text("#webhook-secret [data-test=secret]").startsWith("whsec_"));
            admin.waitForText("[data-test=webhook]", receiver.url());
            admin.check("admin-webhooks");
            admin.click("#secret-copied");
            assertEquals(0, admin.all("#webhook-secret").size(), "the secret is not shown again");

            shop.placeOrder(shop.customer(), shop.product(shop.user("SELLER"), 5), 1).expect(201);
            until(() -> receiver.requests() >= 1);
            admin.click("[aria-label='Delivery log of " + receiver.url() + "']")
                    .waitForText("[data-test=attempt]", "HTTP 200");
            assertTrue(admin.text("[data-test=attempt]").contains("order:created"));
            admin.check("admin-webhook-log");
            admin.click("[data-test=attempt] button").waitForText("[data-test=toast]", "will be sent again");
            until(() -> receiver.requests() >= 2);

            admin.click("[aria-label='Switch off " + receiver.url() + "']").waitForBadge("[data-test=webhook]", "INACTIVE");
            admin.assertNoConsoleErrors("webhook switched off");
        }
    }

    @Test
    void theDashboardShowsAbandonedCartsAndConversion() {
        String email = HttpShop.newEmail("left");
        shop.signUp(email).expect(201);
        Session customer = Session.of(shop.logIn(email, HttpShop.PASSWORD).expect(200));
        UUID desk = shop.product(shop.user("SELLER"), 5);
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", desk.toString(), "quantity", 2))
                .send().expect(200);
        until(() -> api.get("/api/admin/stats").as(shop.admin()).send().expect(200).number("carts.abandoned") >= 1);

        try (Browser admin = admin()) {
            admin.click("#nav-dashboard").waitForText("[data-test=abandoned-cart]", email);
            String row = admin.text("[data-test=abandoned-cart]");
            assertTrue(row.contains("2 units of 1 product") && row.contains("39.98"), row);
            admin.waitForText("#kpi-conversion-detail", "checked out");
            assertTrue(admin.text("#carts").contains("unchanged for over 1 second"), () -> admin.text("#carts"));
            admin.script("document.getElementById('carts').scrollIntoView()");
            admin.check("dashboard-carts");
        }
    }

    private static void until(java.util.function.BooleanSupplier condition) {
        new FluentWait<>(condition).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(100))
                .until(c -> c.getAsBoolean());
    }
}

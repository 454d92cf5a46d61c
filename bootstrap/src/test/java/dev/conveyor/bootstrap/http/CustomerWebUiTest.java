package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The shop in a real browser (headless Chromium) against the application as shipped on its embedded
 * default: a customer's whole journey, and a seller who sees only their own lines.
 */
@MicronautTest(transactional = false)
class CustomerWebUiTest extends BrowserTestSupport {

    @Override
    public Map<String, String> getProperties() {
        return TestServers.h2();
    }

    @Test
    void aCustomerSignsUpOrdersFollowsTheOrderAndCancelsItInsideTheWindow() {
        Session seller = shop.user("SELLER");
        String word = "lamp" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> lamp = HttpShop.productBody("Reading " + word, 2500, 5);
        api.post("/api/products").as(seller).json(lamp).send().expect(201);
        shop.product(seller, 7);
        String email = HttpShop.newEmail("browser");

        try (Browser browser = browser()) {
            browser.open("/#/signup").check("signup");
            // by keyboard: Enter in the last field submits the form
            browser.type("#f-name", "Ada Shopper").type("#f-email", email)
                    .type("#f-password", HttpShop.PASSWORD + Keys.ENTER);
            assertTrue(browser.text("#current-user").contains("Ada Shopper"));

            browser.find("[data-test=product]");
            browser.check("catalogue");
            String theme = (String) browser.script("return document.documentElement.dataset.theme || 'auto'");
            browser.click("#theme-toggle");
            assertTrue(!theme.equals(browser.script("return document.documentElement.dataset.theme")),
                    "the toggle switches the theme");
            browser.screenshot("catalogue-toggled-theme");
            browser.click("#theme-toggle");
            browser.type("#f-q", word.toUpperCase()).click("#search").waitForCount("[data-test=product]", 1);
            browser.click("[data-test=product] h3 a");
            assertTrue(browser.text("#availability").contains("5 available"), browser.text("#availability"));
            browser.check("product");
            assertTrue(browser.all("#cart-count").isEmpty(), "an empty cart shows no count");
            browser.type("#f-quantity", "2").click("#add-to-cart").find("[data-test=toast]");
            browser.waitForText("#cart-count", "2");

            browser.click("#nav-cart").waitForCount("[data-test=cart-line]", 1);
            assertTrue(browser.text("#cart-total").contains("50"), browser.text("#cart-total"));
            browser.check("cart");
            browser.click("#checkout");
            browser.type("#f-shippingAddress-line1", "1 Analytical Street").type("#f-shippingAddress-postalCode", "N1 9GU")
                    .type("#f-shippingAddress-city", "London").type("#f-shippingAddress-country", "GBR");
            browser.check("checkout");
            browser.click("#place-order");
            assertTrue(browser.text("#f-shippingAddress-country-error").contains("country"),
                    "the API's complaint shows next to its field");
            browser.discardConsole(); // the refused request, expected
            browser.type("#f-shippingAddress-country", "gb").click("#place-order");

            browser.find("#countdown");
            browser.waitForTextChange("#countdown strong");
            String number = browser.text("#order-number");
            assertTrue(number.startsWith("ORD-"), number);
            browser.check("confirmation");

            browser.click("#nav-orders").find("[data-test=order-row][data-number='" + number + "']");
            browser.check("my-orders");
            browser.click("[data-test=order-row][data-number='" + number + "'] a");
            browser.waitForBadge("#order-status", "PENDING").waitForCount("[data-test=order-line]", 1);
            browser.check("order");

            browser.click("#cancel-order").waitForBadge("#order-status", "CANCELLED");
            assertTrue(browser.all("#cancel-order").isEmpty(), "no Cancel button once cancelled");
            browser.assertNoConsoleErrors("cancelled order");

            browser.click("#nav-orders").find("#tab-current[aria-selected=true]");
            browser.find("[data-test=empty]"); // no current order left
            browser.click("#tab-history").find("[data-test=order-row][data-number='" + number + "']");
            browser.check("order-history");
        }
        Reply account = api.get("/api/admin/users?q=" + email).as(shop.admin()).send().expect(200);
        assertEquals(1, account.number("total"), "the signup made one account: " + account);
        assertEquals(5, shop.productView(api.get("/api/products?q=" + word).send().expect(200).id("items.0.id"))
                .number("stock.available"), "the cancelled order gave its units back");
    }

    /** Every line of the old order is still on sale: the answer's notAdded is empty, and the page says so. */
    @Test
    void aCustomerOrdersAgainWhenEveryLineIsStillAvailable() {
        Session seller = shop.user("SELLER");
        UUID mug = shop.product(seller, 10);
        UUID lamp = shop.product(seller, 10);
        Session customer = shop.customer();
        UUID order = api.post("/api/orders").as(customer).json(Map.of("lines", List.of(
                        Map.of("productId", mug.toString(), "quantity", 2),
                        Map.of("productId", lamp.toString(), "quantity", 1)),
                "shippingAddress", HttpShop.address())).send().expect(201).id();

        try (Browser browser = browser()) {
            browser.signIn(customer.email(), HttpShop.PASSWORD);
            browser.route("/orders/" + order).waitForCount("[data-test=order-line]", 2);
            browser.click("#reorder").waitForText("[data-test=toast]", "Items added to your cart");
            browser.waitForCount("[data-test=cart-line]", 2);
            browser.check("cart-after-reorder");
            browser.assertNoConsoleErrors("reorder");
        }
        Reply cart = api.get("/api/cart").as(customer).send().expect(200);
        assertEquals(3, cart.number("units"), "both lines in full: " + cart);
    }

    @Test
    void aSellerSeesOnlyTheirOwnLines() {
        Session mine = shop.user("SELLER");
        Session theirs = shop.user("SELLER");
        String word = UUID.randomUUID().toString().substring(0, 8);
        UUID myProduct = api.post("/api/products").as(mine).json(HttpShop.productBody("Mine " + word, 1000, 5))
                .send().expect(201).id();
        UUID otherProduct = api.post("/api/products").as(theirs).json(HttpShop.productBody("Theirs " + word, 2000, 5))
                .send().expect(201).id();
        Session customer = shop.customer();
        Reply order = api.post("/api/orders").as(customer).json(Map.of("lines", List.of(
                        Map.of("productId", myProduct.toString(), "quantity", 2),
                        Map.of("productId", otherProduct.toString(), "quantity", 1)),
                "shippingAddress", HttpShop.address())).send().expect(201);
        String number = order.text("number");

        try (Browser browser = browser()) {
            browser.signIn(mine.email(), HttpShop.PASSWORD);
            browser.find("#seller-stats");
            browser.find("[data-test=seller-order][data-number='" + number + "']");
            browser.check("seller");
            browser.waitForCount("[data-test=seller-order][data-number='" + number + "']", 1);
            assertEquals("Ada Lovelace", browser.text("[data-test=seller-order][data-number='" + number + "'] "
                    + "[data-test=seller-customer]"), "the customer's name, from the shipping address");
            browser.waitForBadge("[data-test=seller-order][data-number='" + number + "'] [data-test=seller-stage]", "PENDING");
            List<String> lines = browser.all("[data-test=seller-order][data-number='" + number + "'] [data-test=seller-line]")
                    .stream().map(WebElement::getText).toList();
            assertEquals(1, lines.size(), lines::toString);
            assertTrue(lines.get(0).contains("Mine " + word), lines::toString);
            assertFalse(lines.get(0).contains("Theirs"), lines::toString);

            browser.route("/orders/" + order.id()).waitForCount("[data-test=order-line]", 1);
            assertTrue(browser.text("#order-lines").contains("Mine " + word));
            assertFalse(browser.text("#order-lines").contains("Theirs " + word));
            browser.check("seller-order");
        }
    }

    /** Checkout and the order page by keyboard alone: Tab to each control, type, Enter. */
    @Test
    void aKeyboardOnlyCustomerChecksOutAndCancelsFromTheOrderPage() {
        Session seller = shop.user("SELLER");
        String word = "kbd" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/products").as(seller).json(HttpShop.productBody("Keyboard " + word, 1200, 5)).send().expect(201);
        Session customer = shop.customer();

        try (Browser browser = browser()) {
            browser.open("/#/signin").find("#signin-submit");
            browser.tabTo("#f-email").press(customer.email()).tabTo("#f-password").press(HttpShop.PASSWORD, Keys.ENTER);
            browser.find("#current-user");
            browser.tabTo("#f-q").press(word, Keys.ENTER).waitForCount("[data-test=product]", 1);
            browser.tabTo("[data-test=product] button").press(Keys.ENTER).waitForText("#cart-count", "1");
            browser.tabTo("#nav-cart").press(Keys.ENTER).waitForCount("[data-test=cart-line]", 1);
            browser.tabTo("#checkout").press(Keys.ENTER).find("#place-order");
            browser.tabTo("#f-shippingAddress-line1").press("1 Analytical Street")
                    .tabTo("#f-shippingAddress-postalCode").press("N1 9GU")
                    .tabTo("#f-shippingAddress-city").press("London")
                    .tabTo("#f-shippingAddress-country").press("GB")
                    .tabTo("#place-order").press(Keys.ENTER);
            browser.find("#countdown");
            browser.tabTo("#view-order").press(Keys.ENTER).waitForBadge("#order-status", "PENDING");
            browser.tabTo("#cancel-order").press(Keys.ENTER).waitForBadge("#order-status", "CANCELLED");
            browser.assertNoConsoleErrors("keyboard journey");
        }
    }

    @Test
    void aCustomerEditsTheirProfileAndChangesTheirPassword() {
        Session customer = shop.customer();
        String next = "another long pass phrase";

        try (Browser browser = browser()) {
            browser.signIn(customer.email(), HttpShop.PASSWORD);
            browser.click("#current-user").find("#profile-details");
            browser.type("#f-name", "Ada King").type("#f-phone", "+44 20 7946 0958").click("#save-profile")
                    .waitForText("#current-user", "Ada King");
            browser.check("profile");

            browser.type("#f-currentPassword", "not my password").type("#f-password", next).type("#f-repeat", next)
                    .click("#change-password").waitForText("[data-test=field-error]", "current password");
            browser.discardConsole(); // the refused change is a failed request on purpose
            browser.type("#f-currentPassword", HttpShop.PASSWORD).click("#change-password").find("#signin-submit");
            browser.signIn(customer.email(), next);
            browser.assertNoConsoleErrors("signed in with the new password");
        }
        Reply me = api.post("/api/auth/login").json(Map.of("email", customer.email(), "password", next)).send()
                .expect(200);
        assertEquals("Ada King", me.text("user.name"));
        shop.logIn(customer.email(), HttpShop.PASSWORD).expectProblem(401, "UNAUTHENTICATED");
        assertEquals("+44 20 7946 0958", api.get("/api/users/me").as(Session.of(me)).send().expect(200).text("phone"));
    }
}

package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Checkout in the browser with a shop set up for Austria (VAT 20 %, two parcel services, a 10 % coupon): the
 * page shows the API's quote to the minor unit, places the order at that figure, asks again when the price
 * moved under it, and the order page shows the same breakdown.
 */
@MicronautTest(transactional = false)
class CheckoutWebUiTest extends BrowserTestSupport {

    @Override
    public Map<String, String> getProperties() {
        return TestServers.h2();
    }

    private static Map<String, Object> viennaAddress() {
        Map<String, Object> address = new HashMap<>();
        address.put("name", "Anna Huber");
        address.put("line1", "Ring 1");
        address.put("city", "Wien");
        address.put("postalCode", "1010");
        address.put("country", "AT");
        return address;
    }

    private Reply method(Session admin, String name, String carrier, long amount) {
        return api.post("/api/admin/shipping-methods").as(admin).json(Map.of("name", name, "carrier", carrier,
                "currency", "EUR", "countries", List.of("AT"), "rule", Map.of("kind", "FLAT", "amount", amount)))
                .send().expect(201);
    }

    @Test
    void theCheckoutShowsTheQuoteOfTheApiAndPlacesTheOrderAtIt() {
        Session admin = shop.admin();
        api.post("/api/admin/tax-rates").as(admin).json(Map.of("name", "USt 20 %", "country", "AT",
                "taxCategory", "standard", "percent", 20, "validFrom", "2000-01-01")).send().expect(201);
        method(admin, "Paket", "Post AG", 500);
        Reply express = method(admin, "Express", "DHL", 990);
        String code = "WIEN" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        api.post("/api/admin/promotions").as(admin).json(Map.of("name", "Zehn Prozent", "code", code,
                "discount", Map.of("kind", "PERCENTAGE", "percent", 10))).send().expect(201);
        UUID product = shop.product(shop.user("SELLER"), 10);
        Session customer = shop.customer();
        api.patch("/api/users/me").as(customer).json(Map.of("address", viennaAddress())).send().expect(200);
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", product.toString(), "quantity", 2))
                .send().expect(200);

        try (Browser browser = browser()) {
            browser.signIn(customer.email(), HttpShop.PASSWORD);
            browser.route("/checkout").waitForCount("[data-test=shipping-method]", 2);
            assertEquals("Wien", browser.find("#f-shippingAddress-city").getAttribute("value"),
                    "the profile's address is filled in");
            // WebDriver's clear() fires no input event: type a letter and take it back, as a person would
            browser.type("#f-shippingAddress-line1", "x" + Keys.BACK_SPACE).type("#f-shippingAddress-city", "x" + Keys.BACK_SPACE)
                    .type("#f-shippingAddress-country", "AUT").click("#place-order");
            assertEquals("Enter the address.", browser.text("#f-shippingAddress-line1-error"));
            assertEquals("Enter the city.", browser.text("#f-shippingAddress-city-error"));
            assertTrue(browser.text("#f-shippingAddress-country-error").contains("two-letter code"),
                    "every field's problem at once, in words");
            browser.script("window.scrollTo(0, 0)"); // the sticky header covers what sits just under it
            browser.click("#use-saved-address").waitForCount("[data-test=shipping-method]", 2);
            assertTrue(browser.all("[data-test=field-error]").isEmpty(), "fixed fields lose their message");

            browser.type("#f-couponCode", "NOPE" + code).click("#apply-coupon")
                    .waitForText("#f-couponCode-error", "no coupon");
            browser.discardConsole(); // the refused coupon, on purpose
            browser.script("[...document.querySelectorAll('[data-test=shipping-method] input')]"
                    + ".find((i) => i.value === arguments[0]).click()", express.text("id"));
            // the method's new quote may re-render the form while the code is typed
            browser.replace("#f-couponCode", code.toLowerCase(java.util.Locale.ROOT)).click("#apply-coupon")
                    .find("#applied-coupon");

            Map<String, Object> body = new HashMap<>();
            body.put("lines", List.of(Map.of("productId", product.toString(), "quantity", 2)));
            body.put("shippingAddress", viennaAddress());
            body.put("shippingMethodId", express.text("id"));
            body.put("couponCode", code);
            long gross = api.post("/api/checkout/quote").as(customer).json(body).send().expect(200)
                    .number("totals.gross");
            browser.waitForCount("#quote-total[data-minor='" + gross + "']", 1)
                    .waitForText("[data-test=price-promotion]", "Zehn Prozent")
                    .waitForText("[data-test=price-shipping]", "Express · DHL")
                    .waitForText("[data-test=price-tax]", "USt 20 %");
            for (WebElement amount : browser.all("#quote td")) {
                assertTrue(amount.getText().contains("€"), () -> "a currency on every amount: " + amount.getText());
            }
            browser.script("document.getElementById('quote-panel').scrollIntoView({ block: 'center' })");
            browser.check("checkout-quote");

            // the price moves while the customer looks: the page shows the new total and asks again
            api.put("/api/admin/shipping-methods/" + express.text("id")).as(admin).json(Map.of("name", "Express",
                    "carrier", "DHL", "currency", "EUR", "countries", List.of("AT"),
                    "rule", Map.of("kind", "FLAT", "amount", 1290))).send().expect(200);
            long moved = api.post("/api/checkout/quote").as(customer).json(body).send().expect(200)
                    .number("totals.gross");
            assertTrue(moved != gross, "the new charge changes the total");
            browser.click("#place-order").waitForText("#price-notice", "place the order again")
                    .waitForCount("#quote-total[data-minor='" + moved + "']", 1);
            browser.click("#place-order").find("#countdown");
            String number = browser.text("#order-number");
            browser.assertNoConsoleErrors("placed");

            Reply orders = api.get("/api/orders").as(customer).send().expect(200);
            assertEquals(number, orders.text("items.0.number"));
            assertEquals(moved, orders.number("items.0.total.amountMinor"), "charged what the page showed");
            assertEquals(moved, orders.number("items.0.price.totals.gross"));

            browser.click("#view-order").waitForCount("#order-price-total[data-minor='" + moved + "']", 1)
                    .waitForText("[data-test=price-shipping]", "Express · DHL")
                    .waitForText("[data-test=price-promotion]", code);
            browser.script("document.getElementById('order-price').scrollIntoView({ block: 'center' })");
            browser.check("order-price");
            browser.assertNoConsoleErrors("order page");
        }
    }
}

package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.pricing.ShippingRule;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Quotes and products' pricing attributes as a client sees them, on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PricingOverHttpTest implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject TaxRatePort rates;
    @Inject ShippingMethodPort methods;

    private Api api;
    private HttpShop shop;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.postgres();
    }

    @BeforeEach
    void client() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
    }

    /**
     * Quoted as explicit lines and as the customer's cart, the same. A reduced-rate product of 19.99, two units, 250 g each, to London: the UK's 5 % holds 39.98 × 5 / 105
     * = 1.9038… → 1.90 of tax, net 38.08. The parcel (500 g) costs 3.50 in the band up to 1 kg; no standard
     * rate is configured for GB here, so shipping is untaxed. Gross 39.98 + 3.50 = 43.48, tax 1.90.
     */
    @Test
    void aSellerDescribesAProductAndACustomerIsQuotedItsTaxAndShipping() {
        Session seller = shop.user("SELLER");
        UUID product = shop.product(seller, 10);
        Reply described = api.put("/api/products/" + product + "/pricing").as(seller)
                .json(Map.of("taxCategory", "reduced", "weightGrams", 250)).send().expect(200);
        assertEquals("reduced", described.text("taxCategory"));
        assertEquals(250, described.number("weightGrams"));
        rates.insert(new TaxRate(TaxRateId.newId(), "UK reduced", "GB", null, TaxCategory.REDUCED, new BigDecimal("5"),
                LocalDate.of(2000, 1, 1), null));
        ShippingMethod parcel = new ShippingMethod(ShippingMethodId.newId(), "Parcel", "Royal Mail", "EUR",
                Set.of("GB"), new ShippingRule.WeightBands(List.of(new ShippingRule.WeightBand(1000, 350),
                new ShippingRule.WeightBand(20_000, 900))), null, TaxCategory.STANDARD, true);
        methods.insert(parcel);
        Session customer = shop.customer();

        Map<String, Object> body = new HashMap<>(HttpShop.orderBody(product, 2));
        body.put("shippingMethodId", parcel.id().toString());
        Reply quote = api.post("/api/checkout/quote").as(customer).json(body).send().expect(200);

        assertEquals(List.of(3998L, 3808L, 190L, 3998L), List.of(quote.number("lines.0.subtotal"),
                quote.number("lines.0.net"), quote.number("lines.0.tax"), quote.number("lines.0.gross")));
        assertEquals("UK reduced", quote.text("lines.0.rate.name"));
        assertEquals(List.of(350L, 0L, 350L), List.of(quote.number("shipping.amount"), quote.number("shipping.tax"),
                quote.number("shipping.gross")));
        assertEquals(List.of(4158L, 190L, 4348L), List.of(quote.number("totals.net"), quote.number("totals.tax"),
                quote.number("totals.gross")));

        Map<String, Object> cartBody = Map.of("shippingAddress", HttpShop.address(),
                "shippingMethodId", parcel.id().toString());
        api.post("/api/checkout/quote").as(customer).json(cartBody).send().expectProblem(409, "CART_EMPTY");
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", product.toString(), "quantity", 2)).send()
                .expect(200);
        Reply cart = api.post("/api/checkout/quote").as(customer).json(cartBody).send().expect(200);
        assertEquals(quote.at("totals"), cart.at("totals"));
        assertEquals(quote.at("lines"), cart.at("lines"));
        api.post("/api/checkout/quote").as(seller).json(cartBody).send().expect(403);

        ShippingMethod elsewhere = new ShippingMethod(ShippingMethodId.newId(), "Colissimo", "La Poste", "EUR",
                Set.of("FR"), new ShippingRule.Flat(500), null, TaxCategory.STANDARD, true);
        methods.insert(elsewhere);
        body.put("shippingMethodId", elsewhere.id().toString());
        api.post("/api/checkout/quote").as(customer).json(body).send().expectInvalid("shippingMethodId");
        api.put("/api/products/" + product + "/pricing").as(seller)
                .json(Map.of("taxCategory", "luxury", "weightGrams", 1)).send().expectInvalid("taxCategory");
        api.put("/api/products/" + product + "/pricing").as(seller)
                .json(Map.of("taxCategory", "zero", "weightGrams", -1)).send().expectInvalid("weightGrams");
    }

    /**
     * Finland, VAT 25.5 %, a flat 4.90 parcel, a coupon of 5.00 once per customer. The customer places the
     * quoted order: a total other than the quote's is refused with today's price, the quoted one is charged,
     * and the coupon cannot be used a second time.
     */
    @Test
    void aCustomerPlacesTheQuotedOrderWithACouponOnce() {
        rates.insert(new TaxRate(TaxRateId.newId(), "ALV 25.5 %", "FI", null, TaxCategory.STANDARD,
                new BigDecimal("25.5"), LocalDate.of(2000, 1, 1), null));
        ShippingMethod parcel = new ShippingMethod(ShippingMethodId.newId(), "Paketti", "Posti", "EUR",
                Set.of("FI"), new ShippingRule.Flat(490), null, TaxCategory.STANDARD, true);
        methods.insert(parcel);
        String code = "HEL" + UUID.randomUUID().toString().substring(0, 6);
        api.post("/api/admin/promotions").as(shop.admin()).json(Map.of("name", "Viisi euroa", "code", code,
                "discount", Map.of("kind", "FIXED_AMOUNT", "amount", 500), "perCustomerLimit", 1)).send().expect(201);
        UUID product = shop.product(shop.user("SELLER"), 10);
        Session customer = shop.customer();
        Map<String, Object> body = new HashMap<>(HttpShop.orderBody(product, 2));
        body.put("shippingAddress", Map.of("name", "Aino Virtanen", "line1", "Esplanadi 1", "city", "Helsinki",
                "postalCode", "00100", "country", "FI"));
        body.put("shippingMethodId", parcel.id().toString());
        body.put("couponCode", code);
        long quoted = api.post("/api/checkout/quote").as(customer).json(body).send().expect(200)
                .number("totals.gross");

        body.put("expectedTotal", quoted + 1);
        Reply changed = api.post("/api/orders").as(customer).header("Idempotency-Key", UUID.randomUUID().toString())
                .json(body).send().expectProblem(409, "PRICE_CHANGED");
        assertEquals("expectedTotal", changed.text("field"));
        assertEquals(quoted, changed.number("price.totals.gross"));
        body.put("expectedTotal", quoted);
        Reply placed = api.post("/api/orders").as(customer).header("Idempotency-Key", UUID.randomUUID().toString())
                .json(body).send().expect(201);
        assertEquals(quoted, placed.number("total.amountMinor"));
        assertEquals(quoted, placed.number("price.totals.gross"));
        assertEquals(500, placed.number("price.promotions.0.amount"));
        assertEquals("Paketti", placed.text("price.shipping.name"));
        Reply again = api.post("/api/orders").as(customer).header("Idempotency-Key", UUID.randomUUID().toString())
                .json(body).send().expectProblem(409, "COUPON_LIMIT_PER_CUSTOMER");
        assertEquals("couponCode", again.text("field"));
    }

    /**
     * An administrator sets up Austria: VAT 20 % (standard), a flat 5.00 parcel service, a 10 % coupon usable
     * once per customer. A product of 19.99 (standard, the default), one unit: coupon 2.00 (1.999 half up),
     * 17.99 left, tax 17.99 × 20 / 120 = 2.998… → 3.00, net 14.99; parcel 5.00, tax 0.83, net 4.17. Gross
     * 22.99, tax 3.83.
     */
    @Test
    void anAdministratorSetsUpRatesMethodsAndACouponThatACustomerQuotesWith() throws InterruptedException {
        Session admin = shop.admin();
        Session staff = shop.user("STAFF");
        Reply rate = api.post("/api/admin/tax-rates").as(admin).json(Map.of("name", "USt 20 %", "country", "at",
                "taxCategory", "standard", "percent", 20, "validFrom", "2000-01-01")).send().expect(201);
        assertEquals("AT", rate.text("country"));
        assertEquals(rate.text("id"), api.get("/api/admin/tax-rates/" + rate.text("id")).as(staff).send().expect(200)
                .text("id"));
        assertEquals(1, api.get("/api/admin/tax-rates?country=AT").as(staff).send().expect(200).number("total"));
        Reply method = api.post("/api/admin/shipping-methods").as(admin).json(Map.of("name", "Paket", "carrier",
                "Post AG", "currency", "EUR", "countries", List.of("AT"), "rule", Map.of("kind", "FLAT", "amount", 500)))
                .send().expect(201);
        String code = "WIEN" + UUID.randomUUID().toString().substring(0, 6);
        Reply coupon = api.post("/api/admin/promotions").as(admin).json(Map.of("name", "Zehn Prozent", "code", code,
                "discount", Map.of("kind", "PERCENTAGE", "percent", 10), "perCustomerLimit", 1)).send().expect(201);
        assertEquals(code.toUpperCase(java.util.Locale.ROOT), coupon.text("code"));
        assertEquals(0, coupon.number("uses"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> freeShipping = Map.of("name", "Free shipping", "code", "FREE" + code,
                "discount", Map.of("kind", "FREE_SHIPPING"), "validFrom", "2099-01-01T00:00:00Z");
        Reply first = api.post("/api/admin/promotions").as(admin).header("Idempotency-Key", key).json(freeShipping)
                .send().expect(201);
        Reply retry = api.post("/api/admin/promotions").as(admin).header("Idempotency-Key", key).json(freeShipping)
                .send().expect(201);
        assertEquals(first.text("id"), retry.text("id"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        api.post("/api/admin/promotions").as(admin).header("Idempotency-Key", key)
                .json(Map.of("name", "Other", "discount", Map.of("kind", "FREE_SHIPPING"))).send()
                .expectProblem(422, "IDEMPOTENCY_KEY_REUSED");

        Session customer = shop.customer();
        Reply offered = api.get("/api/shipping-methods?country=AT").as(customer).send().expect(200);
        assertEquals(List.of(method.text("id")), ((List<?>) offered.body()).stream()
                .map(m -> (String) ((Map<?, ?>) m).get("id")).toList());
        UUID product = shop.product(shop.user("SELLER"), 10);
        Map<String, Object> body = new HashMap<>(HttpShop.orderBody(product, 1));
        body.put("shippingAddress", Map.of("name", "Anna Huber", "line1", "Ring 1", "city", "Wien",
                "postalCode", "1010", "country", "AT"));
        body.put("shippingMethodId", method.text("id"));
        body.put("couponCode", code.toLowerCase(java.util.Locale.ROOT));
        Reply quote = api.post("/api/checkout/quote").as(customer).json(body).send().expect(200);
        long unitPrice = quote.number("lines.0.unitPrice");
        long discount = java.math.BigDecimal.valueOf(unitPrice).movePointLeft(1)
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        assertEquals(discount, quote.number("totals.discount"));
        assertEquals(coupon.text("id"), quote.text("promotions.0.id"));
        assertEquals(discount, quote.number("promotions.0.amount"));
        assertEquals(List.of(500L, 83L), List.of(quote.number("shipping.gross"), quote.number("shipping.tax")));

        api.post("/api/cart/lines").as(customer).json(Map.of("productId", product.toString(), "quantity", 1)).send()
                .expect(200);
        Reply cart = api.post("/api/checkout/quote").as(customer).json(Map.of("shippingAddress",
                body.get("shippingAddress"), "shippingMethodId", method.text("id"), "couponCode", code)).send()
                .expect(200);
        assertEquals(quote.at("totals"), cart.at("totals"), "the cart is quoted with the coupon like explicit lines");
        body.put("couponCode", "NOPE" + code);
        api.post("/api/checkout/quote").as(customer).json(body).send().expectInvalid("couponCode");
        api.post("/api/admin/promotions").as(admin).json(Map.of("name", "Again", "code", code,
                "discount", Map.of("kind", "FIXED_AMOUNT", "amount", 100))).send()
                .expectProblem(409, "COUPON_CODE_TAKEN");
        api.post("/api/admin/promotions").as(admin).json(Map.of("name", "Odd", "discount",
                Map.of("kind", "PERCENTAGE", "percent", 150))).send().expectInvalid("discount.percent");
        api.post("/api/admin/promotions").as(admin).json(Map.of("name", "Automatic with a limit", "discount",
                Map.of("kind", "FREE_SHIPPING"), "usageLimit", 5)).send().expectInvalid("usageLimit");
        api.post("/api/admin/shipping-methods").as(admin).json(Map.of("name", "Bands", "carrier", "DPD",
                "currency", "EUR", "countries", List.of("AT"), "rule", Map.of("kind", "WEIGHT_BANDS", "bands",
                        List.of(Map.of("upToGrams", 2000, "amount", 490), Map.of("upToGrams", 1000, "amount", 690)))))
                .send().expectInvalid("rule.bands");
        api.post("/api/admin/tax-rates").as(admin).json(Map.of("name", "Luxury", "country", "AT",
                "taxCategory", "luxury", "percent", 30, "validFrom", "2000-01-01")).send().expectInvalid("taxCategory");
        api.post("/api/admin/tax-rates/" + rate.text("id") + "/close").as(admin)
                .json(Map.of("validUntil", "2001-01-01")).send().expectInvalid("validUntil");
        assertEquals("2999-01-01", api.post("/api/admin/tax-rates/" + rate.text("id") + "/close").as(admin)
                .json(Map.of("validUntil", "2999-01-01")).send().expect(200).text("validUntil"));
        api.post("/api/admin/promotions").as(staff).json(Map.of()).send().expect(403);

        Reply deactivated = api.post("/api/admin/promotions/" + coupon.text("id") + "/deactivate").as(admin).send()
                .expect(200);
        assertEquals(false, deactivated.at("active"));
        body.put("couponCode", code);
        api.post("/api/checkout/quote").as(customer).json(body).send().expectInvalid("couponCode");
        api.post("/api/admin/shipping-methods/" + method.text("id") + "/deactivate").as(admin).send().expect(200);
        assertEquals(List.of(), api.get("/api/shipping-methods?country=AT").as(customer).send().expect(200).body());

        List<String> types = List.of("tax-rate:created", "tax-rate:closed", "shipping-method:created",
                "shipping-method:deactivated", "promotion:created", "promotion:deactivated");
        for (String type : types) {
            awaitEvent(staff, type);
        }
    }

    @Test
    void anAdministratorAddsATaxCategoryThatProductsAndRatesThenName() throws InterruptedException {
        Session admin = shop.admin();
        Session staff = shop.user("STAFF");
        String code = "luxury-" + UUID.randomUUID().toString().substring(0, 8);
        String key = "tc-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("code", code, "name", "Luxury goods");

        Reply created = api.post("/api/admin/tax-categories").as(admin).header("Idempotency-Key", key).json(body)
                .send().expect(201);
        Reply replayed = api.post("/api/admin/tax-categories").as(admin).header("Idempotency-Key", key).json(body)
                .send().expect(201);

        assertEquals(List.of(code, "Luxury goods"), List.of(created.text("code"), created.text("name")));
        assertEquals(null, created.header("Idempotent-Replayed"));
        assertEquals("true", replayed.header("Idempotent-Replayed"));
        assertEquals(code, replayed.text("code"));
        api.post("/api/admin/tax-categories").as(admin).header("Idempotency-Key", key)
                .json(Map.of("code", code, "name", "Other")).send().expectProblem(422, "IDEMPOTENCY_KEY_REUSED");
        api.post("/api/admin/tax-categories").as(admin).json(Map.of("code", code, "name", "Again")).send()
                .expectProblem(409, "TAX_CATEGORY_TAKEN");
        api.post("/api/admin/tax-categories").as(admin).json(Map.of("code", "9 lives", "name", "Cats")).send()
                .expectInvalid("code");
        api.post("/api/admin/tax-categories").as(admin).json(Map.of("code", "cats")).send().expectInvalid("name");
        api.post("/api/admin/tax-categories").as(staff).json(body).send().expect(403);

        Reply listed = api.get("/api/admin/tax-categories?size=100").as(staff).send().expect(200);
        assertEquals(true, listed.list("items").contains(Map.of("code", code, "name", "Luxury goods")),
                () -> "listed: " + listed);
        List<String> codes = listed.list("items").stream().map(item -> (String) ((Map<?, ?>) item).get("code")).toList();
        assertEquals(codes.stream().sorted().toList(), codes, "by code");
        assertEquals(true, codes.containsAll(List.of("standard", "reduced", "zero", "exempt")));
        api.post("/api/admin/tax-rates").as(admin).json(Map.of("name", "Luxury", "country", "AT",
                "taxCategory", code, "percent", 30, "validFrom", "2000-01-01")).send().expect(201);
        Session seller = shop.user("SELLER");
        UUID product = shop.product(seller, 10);
        assertEquals(code, api.put("/api/products/" + product + "/pricing").as(seller)
                .json(Map.of("taxCategory", code, "weightGrams", 100)).send().expect(200).text("taxCategory"));
        awaitEvent(staff, "tax-category:created");
    }

    /** The relay numbers committed events a moment after their commit. */
    private void awaitEvent(Session staff, String type) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (api.get("/api/events?type=" + type).as(staff).send().expect(200).number("total") > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + type + " event in the log");
    }
}

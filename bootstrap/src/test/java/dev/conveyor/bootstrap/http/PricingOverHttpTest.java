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
}

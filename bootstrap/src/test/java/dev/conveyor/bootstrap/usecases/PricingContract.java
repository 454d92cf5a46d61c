package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.pricing.port.in.CloseTaxRateUseCase;
import dev.conveyor.application.pricing.port.in.CreateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.in.CreateTaxRateUseCase;
import dev.conveyor.application.pricing.port.in.DeactivateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.in.GetShippingMethodQuery;
import dev.conveyor.application.pricing.port.in.GetTaxRateQuery;
import dev.conveyor.application.pricing.port.in.ShippingMethodCommand;
import dev.conveyor.application.pricing.port.in.ShippingMethodsForCountryQuery;
import dev.conveyor.application.pricing.port.in.TaxRateCommand;
import dev.conveyor.application.pricing.port.in.UpdateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.in.QuoteCommand;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.pricing.port.in.SetProductPricingUseCase;
import dev.conveyor.application.pricing.port.out.ProductPricingPort;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.pricing.port.out.TaxCategoryPort;
import dev.conveyor.application.pricing.port.in.CreateTaxCategoryUseCase;
import dev.conveyor.application.pricing.port.in.Created;
import dev.conveyor.application.pricing.port.in.ListTaxCategoriesQuery;
import dev.conveyor.application.pricing.port.in.TaxCategoryCommand;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.Page;
import dev.conveyor.domain.pricing.NamedTaxCategory;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.PricingAttributes;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.pricing.ShippingRule;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Pricing's ports and use cases on one persistence adapter per subclass: what is stored reads back as it
 * was, and a quote prices stored products with stored rates and methods. Each test uses its own country,
 * so the rates of one never apply in another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PricingContract {

    private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

    @Inject Shop shop;
    @Inject TaxCategoryPort categories;
    @Inject TaxRatePort rates;
    @Inject ShippingMethodPort methods;
    @Inject ProductPricingPort attributes;
    @Inject SetProductPricingUseCase setProductPricing;
    @Inject QuoteQuery quote;
    @Inject CreateTaxRateUseCase createTaxRate;
    @Inject CreateTaxCategoryUseCase createTaxCategory;
    @Inject ListTaxCategoriesQuery listTaxCategories;
    @Inject CloseTaxRateUseCase closeTaxRate;
    @Inject GetTaxRateQuery getTaxRate;
    @Inject CreateShippingMethodUseCase createShippingMethod;
    @Inject UpdateShippingMethodUseCase updateShippingMethod;
    @Inject DeactivateShippingMethodUseCase deactivateShippingMethod;
    @Inject GetShippingMethodQuery getShippingMethod;
    @Inject ShippingMethodsForCountryQuery shippingMethodsForCountry;
    @Inject java.time.Clock clock;

    @Test
    void taxCategoriesStartWithTheFourAndTakeNewCodesOnce() {
        assertTrue(categories.all().stream().map(NamedTaxCategory::category).toList().containsAll(
                List.of(TaxCategory.STANDARD, TaxCategory.REDUCED, TaxCategory.ZERO, TaxCategory.EXEMPT)));
        TaxCategory books = new TaxCategory("books-" + UUID.randomUUID().toString().substring(0, 8));
        assertFalse(categories.exists(books));

        assertTrue(categories.insert(books, "Printed books"));
        assertFalse(categories.insert(books, "Printed books again"));

        assertTrue(categories.exists(books));
        List<String> codes = categories.all().stream().map(c -> c.category().code()).toList();
        assertEquals(codes.stream().sorted().toList(), codes);
        assertTrue(categories.all().contains(new NamedTaxCategory(books, "Printed books")));
    }

    @Test
    void administratorsAddTaxCategoriesOnceAndStaffListThem() {
        Actor admin = shop.admin();
        Actor staff = shop.user(Role.STAFF);
        String code = "luxury-" + UUID.randomUUID().toString().substring(0, 8);
        TaxCategoryCommand luxury = new TaxCategoryCommand(code.toUpperCase(java.util.Locale.ROOT), "Luxury goods");
        IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString());

        Created<NamedTaxCategory> created = createTaxCategory.create(admin, luxury, key);
        Created<NamedTaxCategory> retried = createTaxCategory.create(admin, luxury, key);

        assertEquals(new NamedTaxCategory(new TaxCategory(code), "Luxury goods"), created.value());
        assertFalse(created.replayed());
        assertEquals(created.value(), retried.value());
        assertTrue(retried.replayed());
        assertTrue(categories.exists(new TaxCategory(code)));
        ConflictException taken = assertThrows(ConflictException.class,
                () -> createTaxCategory.create(admin, new TaxCategoryCommand(code, "Again"), null));
        assertEquals("TAX_CATEGORY_TAKEN", taken.code());
        assertEquals("Luxury goods", categories.all().stream().filter(c -> c.category().code().equals(code))
                .findFirst().orElseThrow().name());
        assertThrows(ForbiddenException.class, () -> createTaxCategory.create(staff,
                new TaxCategoryCommand("other-" + code, "Other"), null));
        assertEquals("code", assertThrows(InvalidInputException.class,
                () -> new TaxCategoryCommand("9 lives", "Cats")).field());
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> new TaxCategoryCommand("cats", " ")).field());

        Page<NamedTaxCategory> listed = listTaxCategories.list(staff, new PageRequest(0, 100));
        assertTrue(listed.items().contains(created.value()));
        assertEquals(listed.total(), listed.items().size());
        Page<NamedTaxCategory> second = listTaxCategories.list(admin, new PageRequest(1, 2));
        assertEquals(listed.items().subList(2, 4), second.items());
        assertThrows(ForbiddenException.class, () -> listTaxCategories.list(shop.customer(), new PageRequest(0, 20)));
        // a rate for the new category is accepted
        createTaxRate.create(admin, new TaxRateCommand("Luxury", "QX", null, new TaxCategory(code), BigDecimal.TEN,
                SINCE, null), null);
    }

    @Test
    void taxRatesReadBackPerCountryAsStored() {
        TaxRate california = new TaxRate(TaxRateId.newId(), "California", "US", "ca", TaxCategory.STANDARD,
                new BigDecimal("7.25"), SINCE, LocalDate.of(2030, 1, 1));
        TaxRate newYork = new TaxRate(TaxRateId.newId(), "New York City", "US", "NY", TaxCategory.STANDARD,
                new BigDecimal("8.875"), SINCE, null);
        TaxRate canada = new TaxRate(TaxRateId.newId(), "GST", "CA", null, TaxCategory.STANDARD,
                new BigDecimal("5"), SINCE, null);
        rates.insert(california);
        rates.insert(newYork);
        rates.insert(canada);

        List<TaxRate> us = rates.forCountry("US");

        assertEquals(Set.of(california, newYork), Set.copyOf(us));
        assertEquals("CA", us.stream().filter(r -> r.id().equals(california.id())).findFirst().orElseThrow().region());
        assertEquals(List.of(canada), rates.forCountry("CA"));
    }

    @Test
    void shippingMethodsOfEveryRuleReadBackAsStored() {
        List<ShippingMethod> stored = List.of(
                method("Flat", new ShippingRule.Flat(490), 5000L, Set.of("DE", "AT")),
                method("Per item", new ShippingRule.PerItem(100), null, Set.of("US")),
                method("Bands", new ShippingRule.WeightBands(List.of(new ShippingRule.WeightBand(2000, 490),
                        new ShippingRule.WeightBand(31_500, 1290))), null, Set.of("FR", "BE", "LU")));
        stored.forEach(methods::insert);

        stored.forEach(method -> assertEquals(method, methods.findById(method.id()).orElseThrow()));
        assertTrue(methods.findById(ShippingMethodId.newId()).isEmpty());
    }

    @Test
    void aProductIsStandardRatedAndWeightlessUntilItsSellerSaysOtherwise() {
        Actor seller = shop.user(Role.SELLER);
        Product product = shop.product(seller, 5);
        assertEquals(Map.of(product.id(), PricingAttributes.DEFAULT), attributes.find(List.of(product.id())));

        PricingAttributes book = new PricingAttributes(TaxCategory.REDUCED, 450);
        assertEquals(book, setProductPricing.set(seller, product.id(), book));

        assertEquals(Map.of(product.id(), book), attributes.find(List.of(product.id(), ProductId.newId())));
        assertFalse(attributes.save(ProductId.newId(), book));
        assertThrows(ForbiddenException.class,
                () -> setProductPricing.set(shop.user(Role.SELLER), product.id(), PricingAttributes.DEFAULT));
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> setProductPricing.set(
                seller, product.id(), new PricingAttributes(new TaxCategory("no-such-category"), 0)));
        assertEquals("taxCategory", unknown.field());
        assertEquals(book, attributes.find(List.of(product.id())).get(product.id()));
    }

    /**
     * Germany, prices gross (the default). Shirt 12.99 × 2 = 25.98 at 19 %: tax 25.98 × 19 / 119 = 4.148…
     * → 4.15, net 21.83. Book 4.49 × 3 = 13.47 at 7 %: tax 0.8812… → 0.88, net 12.59. Parcel 4.90 (the
     * subtotal 39.45 is under the free 50.00) at 19 %: tax 0.78, net 4.12. Net 38.54, tax 5.81, gross 44.35.
     */
    @Test
    void aQuotePricesStoredProductsWithTheStoredRatesAndMethod() {
        Actor seller = shop.user(Role.SELLER);
        Product shirt = shop.product(seller, 10, 1299, "EUR");
        Product book = shop.product(seller, 10, 449, "EUR");
        setProductPricing.set(seller, book.id(), new PricingAttributes(TaxCategory.REDUCED, 300));
        rates.insert(new TaxRate(TaxRateId.newId(), "VAT 19 %", "DE", null, TaxCategory.STANDARD,
                new BigDecimal("19"), SINCE, null));
        rates.insert(new TaxRate(TaxRateId.newId(), "VAT 7 %", "DE", null, TaxCategory.REDUCED,
                new BigDecimal("7"), SINCE, null));
        ShippingMethod parcel = method("Parcel", new ShippingRule.Flat(490), 5000L, Set.of("DE"));
        methods.insert(parcel);
        Actor customer = shop.customer();

        PriceBreakdown price = quote.quote(customer, new QuoteCommand(List.of(new QuoteCommand.Line(shirt.id(), 2),
                new QuoteCommand.Line(book.id(), 3)), berlin(), parcel.id()));

        assertEquals(List.of(List.of(2598L, 2183L, 415L, 2598L), List.of(1347L, 1259L, 88L, 1347L)),
                price.lines().stream().map(l -> List.of(l.subtotal(), l.net(), l.tax(), l.gross())).toList());
        assertEquals(List.of(490L, 412L, 78L, 490L), List.of(price.shipping().amount(), price.shipping().net(),
                price.shipping().tax(), price.shipping().gross()));
        assertEquals(new PriceBreakdown.Totals(3945, 0, 3854, 581, 4435), price.totals());
        assertEquals("EUR", price.currency());

        ShippingMethod usOnly = method("Ground", new ShippingRule.Flat(500), null, Set.of("US"));
        methods.insert(usOnly);
        for (ShippingMethodId refused : List.of(usOnly.id(), ShippingMethodId.newId())) {
            InvalidInputException error = assertThrows(InvalidInputException.class, () -> quote.quote(customer,
                    new QuoteCommand(List.of(new QuoteCommand.Line(shirt.id(), 1)), berlin(), refused)));
            assertEquals("shippingMethodId", error.field());
        }
        assertThrows(NotFoundException.class, () -> quote.quote(customer,
                new QuoteCommand(List.of(new QuoteCommand.Line(ProductId.newId(), 1)), berlin(), null)));
    }

    @Test
    void ratesReadBackByIdAndPageAndCloseWithoutOtherChange() {
        String country = "Q" + (char) ('A' + new java.util.Random().nextInt(26));
        TaxRate countryWide = new TaxRate(TaxRateId.newId(), "Country", country, null, TaxCategory.STANDARD,
                new BigDecimal("20"), SINCE, null);
        TaxRate region = new TaxRate(TaxRateId.newId(), "Region", country, "R1", TaxCategory.REDUCED,
                new BigDecimal("7.5"), SINCE, null);
        TaxRate later = new TaxRate(TaxRateId.newId(), "Later", country, null, TaxCategory.STANDARD,
                new BigDecimal("21"), LocalDate.of(2030, 1, 1), null);
        List.of(region, later, countryWide).forEach(rates::insert);

        assertEquals(countryWide, rates.findById(countryWide.id()).orElseThrow());
        assertTrue(rates.findById(TaxRateId.newId()).isEmpty());
        var page = rates.list(country, new PageRequest(0, 2));
        assertEquals(3, page.total());
        assertEquals(List.of(countryWide, later), page.items());
        assertEquals(List.of(region), rates.list(country, new PageRequest(1, 2)).items());
        assertTrue(rates.list(null, new PageRequest(0, 100)).total() >= 3);

        rates.close(countryWide.id(), LocalDate.of(2030, 1, 1));
        assertEquals(countryWide.closed(LocalDate.of(2030, 1, 1)), rates.findById(countryWide.id()).orElseThrow());
        assertEquals(later, rates.findById(later.id()).orElseThrow());
    }

    @Test
    void methodsAreReplacedListedAndOfferedOnlyWhileActive() {
        String country = "Q" + (char) ('A' + new java.util.Random().nextInt(26));
        ShippingMethod zeta = method("Zeta " + UUID.randomUUID(), new ShippingRule.Flat(100), null, Set.of(country));
        ShippingMethod alpha = method("Alpha " + UUID.randomUUID(), new ShippingRule.PerItem(50), null,
                Set.of(country, "DE"));
        methods.insert(zeta);
        methods.insert(alpha);

        assertEquals(List.of(alpha, zeta), methods.activeFor(country).stream()
                .filter(m -> m.id().equals(alpha.id()) || m.id().equals(zeta.id())).toList());
        ShippingMethod replaced = new ShippingMethod(zeta.id(), "Zeta renamed", "UPS", "EUR", Set.of("FR"),
                new ShippingRule.WeightBands(List.of(new ShippingRule.WeightBand(1000, 300))), 9000L,
                TaxCategory.REDUCED, true);
        methods.update(replaced);
        assertEquals(replaced, methods.findById(zeta.id()).orElseThrow());
        methods.update(alpha.deactivated());
        assertFalse(methods.findById(alpha.id()).orElseThrow().active());
        assertTrue(methods.activeFor(country).stream().noneMatch(m -> m.id().equals(alpha.id())
                || m.id().equals(zeta.id())));

        var all = methods.list(new PageRequest(0, 100));
        assertTrue(all.items().contains(alpha.deactivated()));
        assertTrue(all.total() >= 2);
    }

    @Test
    void administratorsEnterAndCloseRatesButNeverRewriteOneThatEnded() {
        Actor admin = shop.admin();
        Actor staff = shop.user(Role.STAFF);
        TaxRateCommand vat = new TaxRateCommand("VAT", "qz", null, TaxCategory.STANDARD, new BigDecimal("19.00"),
                SINCE, null);
        TaxRate created = createTaxRate.create(admin, vat, null).value();
        assertEquals("QZ", created.country());
        assertEquals(new BigDecimal("19"), created.percent());
        assertEquals(created, getTaxRate.get(staff, created.id()));
        assertThrows(ForbiddenException.class, () -> createTaxRate.create(staff, vat, null));
        assertThrows(ForbiddenException.class, () -> getTaxRate.get(shop.customer(), created.id()));
        InvalidInputException unknownCategory = assertThrows(InvalidInputException.class, () -> createTaxRate.create(
                admin, new TaxRateCommand("Luxury", "QZ", null, new TaxCategory("luxury"), BigDecimal.TEN, SINCE,
                        null), null));
        assertEquals("taxCategory", unknownCategory.field());

        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        InvalidInputException past = assertThrows(InvalidInputException.class,
                () -> closeTaxRate.close(admin, created.id(), today.minusDays(1)));
        assertEquals("validUntil", past.field());
        assertEquals(today.plusDays(30), closeTaxRate.close(admin, created.id(), today.plusDays(30)).validUntil());
        assertEquals(today, closeTaxRate.close(admin, created.id(), today).validUntil());
        ConflictException ended = assertThrows(ConflictException.class,
                () -> closeTaxRate.close(admin, created.id(), today.plusDays(1)));
        assertEquals("TAX_RATE_CLOSED", ended.code());
        assertEquals(today, rates.findById(created.id()).orElseThrow().validUntil());
        NotFoundException unknown = assertThrows(NotFoundException.class,
                () -> closeTaxRate.close(admin, TaxRateId.newId(), today));
        assertEquals("TAX_RATE_NOT_FOUND", unknown.code());
    }

    @Test
    void administratorsReplaceAndDeactivateMethodsThatCustomersChooseFrom() {
        Actor admin = shop.admin();
        ShippingMethodCommand parcel = new ShippingMethodCommand("Parcel " + UUID.randomUUID(), "DHL", "EUR",
                Set.of("qy"), new ShippingRule.Flat(490), null, TaxCategory.STANDARD, true);
        ShippingMethod created = createShippingMethod.create(admin, parcel, null).value();
        Actor customer = shop.customer();
        assertEquals(List.of(created), shippingMethodsForCountry.forCountry(customer, "qy"));
        InvalidInputException country = assertThrows(InvalidInputException.class,
                () -> shippingMethodsForCountry.forCountry(customer, "Germany"));
        assertEquals("country", country.field());

        ShippingMethod replaced = updateShippingMethod.update(admin, created.id(), new ShippingMethodCommand(
                "Express", "UPS", "EUR", Set.of("QY", "QX"), new ShippingRule.PerItem(100), 5000L,
                TaxCategory.REDUCED, true));
        assertEquals(replaced, getShippingMethod.get(shop.user(Role.STAFF), created.id()));
        assertThrows(ForbiddenException.class, () -> deactivateShippingMethod.deactivate(shop.user(Role.STAFF),
                created.id()));
        assertFalse(deactivateShippingMethod.deactivate(admin, created.id()).active());
        assertEquals(List.of(), shippingMethodsForCountry.forCountry(customer, "QX"));
        InvalidInputException inactive = assertThrows(InvalidInputException.class, () -> quote.quote(customer,
                new QuoteCommand(List.of(new QuoteCommand.Line(shop.product(shop.user(Role.SELLER), 1).id(), 1)),
                        Address.of("shippingAddress", "A", "B", null, "C", null, "1", "QX"), created.id())));
        assertEquals("shippingMethodId", inactive.field());
        NotFoundException unknown = assertThrows(NotFoundException.class,
                () -> updateShippingMethod.update(admin, ShippingMethodId.newId(), parcel));
        assertEquals("SHIPPING_METHOD_NOT_FOUND", unknown.code());
    }

    private static ShippingMethod method(String name, ShippingRule rule, Long freeAbove, Set<String> countries) {
        return new ShippingMethod(ShippingMethodId.newId(), name, "DHL", "EUR", countries, rule, freeAbove,
                TaxCategory.STANDARD, true);
    }

    private static Address berlin() {
        return Address.of("shippingAddress", "Erika Mustermann", "Hauptstraße 1", null, "Berlin", null, "10115", "DE");
    }
}

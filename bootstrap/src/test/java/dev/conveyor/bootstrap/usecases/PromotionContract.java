package dev.conveyor.bootstrap.usecases;

import dev.conveyor.application.pricing.port.out.PricingRulesPort;
import dev.conveyor.application.pricing.port.out.PricingRulesPort.PricingRules;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import java.time.LocalDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.pricing.port.in.CreatePromotionUseCase;
import dev.conveyor.application.pricing.port.in.DeactivatePromotionUseCase;
import dev.conveyor.application.pricing.port.in.PromotionCommand;
import dev.conveyor.application.pricing.port.in.QuoteCommand;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.pricing.port.in.UpdatePromotionUseCase;
import dev.conveyor.application.pricing.port.out.PromotionPort;
import dev.conveyor.application.pricing.port.out.PromotionPort.StoredPromotion;
import dev.conveyor.application.pricing.port.out.PromotionUsagePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.pricing.CouponUnavailableException;
import dev.conveyor.domain.pricing.Discount;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.Promotion;
import dev.conveyor.domain.pricing.PromotionId;
import dev.conveyor.domain.pricing.PromotionTarget;
import dev.conveyor.domain.pricing.UsageLimits;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Promotions and coupon uses on one persistence adapter per subclass: what is stored reads back as it was,
 * limits hold under concurrent claims, a cancelled order gives its use back, and a quote applies the
 * stored promotions. Every coupon has a code of its own, so tests never see each other's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PromotionContract {

    private static final int CLAIMS = 100;

    @Inject Shop shop;
    @Inject PromotionPort promotions;
    @Inject PricingRulesPort pricingRules;
    @Inject TaxRatePort rates;
    @Inject PromotionUsagePort usages;
    @Inject TransactionPort transactions;
    @Inject CreatePromotionUseCase create;
    @Inject UpdatePromotionUseCase update;
    @Inject DeactivatePromotionUseCase deactivate;
    @Inject QuoteQuery quote;

    @Test
    void promotionsOfEveryKindReadBackAsStored() {
        Promotion percent = coupon(new UsageLimits(10, 2));
        Promotion fixed = new Promotion(PromotionId.newId(), "Five off shoes", null, new Discount.FixedAmount(500),
                new PromotionTarget.Categories(Set.of("shoes", "boots")), 2000, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"), UsageLimits.NONE, true);
        Promotion products = new Promotion(PromotionId.newId(), "Free shipping", code(), new Discount.FreeShipping(),
                new PromotionTarget.Products(Set.of(ProductId.newId(), ProductId.newId())), 0, null, null,
                new UsageLimits(null, 1), false);
        for (Promotion promotion : List.of(percent, fixed, products)) {
            assertTrue(promotions.insert(promotion));
            assertEquals(new StoredPromotion(promotion, 0), promotions.findById(promotion.id()).orElseThrow());
        }
        assertEquals(percent, promotions.findByCode(percent.code()).orElseThrow().promotion());
        assertTrue(promotions.findByCode("NO-SUCH-" + code()).isEmpty());
        assertTrue(promotions.findById(PromotionId.newId()).isEmpty());
        assertFalse(promotions.insert(new Promotion(PromotionId.newId(), "Same code", percent.code(),
                new Discount.FixedAmount(1), new PromotionTarget.WholeOrder(), 0, null, null, UsageLimits.NONE, true)));

        List<PromotionId> newestFirst = promotions.list(new PageRequest(0, 100)).items().stream()
                .map(stored -> stored.promotion().id()).toList();
        assertTrue(newestFirst.indexOf(products.id()) < newestFirst.indexOf(percent.id()));
        assertTrue(promotions.list(new PageRequest(0, 100)).total() >= 3);
    }

    @Test
    void onlyActiveAutomaticPromotionsInsideTheirWindowApplyAutomatically() {
        Instant at = Instant.parse("2031-05-05T12:00:00Z");
        Promotion open = automatic(null, null, true);
        Promotion inside = automatic(at.minusSeconds(1), at.plusSeconds(1), true);
        Promotion startsNow = automatic(at, null, true);
        Promotion ended = automatic(null, at, true);
        Promotion later = automatic(at.plusSeconds(1), null, true);
        Promotion inactive = automatic(null, null, false);
        Promotion coupon = coupon(UsageLimits.NONE);
        for (Promotion promotion : List.of(open, inside, startsNow, ended, later, inactive, coupon)) {
            promotions.insert(promotion);
        }

        List<Promotion> valid = promotions.automaticValidAt(at);

        assertTrue(valid.containsAll(List.of(open, inside, startsNow)));
        assertTrue(valid.stream().noneMatch(List.of(ended, later, inactive, coupon)::contains));
        assertEquals(valid.stream().map(Promotion::id).sorted().toList(), valid.stream().map(Promotion::id).toList());
    }

    /**
     * A placement reads the automatic promotions and the tax rates in one go: it gets what the two ports
     * answer, every kind of promotion and rate read back whole (a half-open, a closed and a regional rate).
     */
    @Test
    void thePricingRulesAreTheAutomaticPromotionsAndTheCountrysRatesAsTheirPortsAnswer() {
        Instant at = Instant.parse("2032-06-06T12:00:00Z");
        Promotion percent = automatic(at.minusSeconds(60), at.plusSeconds(60), true);
        Promotion fixed = new Promotion(PromotionId.newId(), "Five off boots", null, new Discount.FixedAmount(500),
                new PromotionTarget.Categories(Set.of("no-such-category-" + code())), 2000, null, null,
                UsageLimits.NONE, true);
        Promotion shipping = new Promotion(PromotionId.newId(), "Free shipping", null, new Discount.FreeShipping(),
                new PromotionTarget.Products(Set.of(ProductId.newId())), 0, null, at.plusSeconds(1),
                UsageLimits.NONE, true);
        Promotion ended = automatic(null, at, true);
        for (Promotion promotion : List.of(percent, fixed, shipping, ended, coupon(UsageLimits.NONE))) {
            promotions.insert(promotion);
        }
        // a country of its own, so that no other test's rates are among them
        String country = "Q" + (char) ('A' + Math.floorMod(UUID.randomUUID().hashCode(), 26));
        LocalDate since = LocalDate.of(2030, 1, 1);
        List<TaxRate> stored = List.of(
                new TaxRate(TaxRateId.newId(), "VAT 19 %", country, null, TaxCategory.STANDARD,
                        new BigDecimal("19"), since, null),
                new TaxRate(TaxRateId.newId(), "VAT 7.25 %", country, null, TaxCategory.REDUCED,
                        new BigDecimal("7.25"), since, since.plusYears(1)),
                new TaxRate(TaxRateId.newId(), "Island VAT 0.125 %", country, "ISLANDS", TaxCategory.STANDARD,
                        new BigDecimal("0.125"), since, null));
        stored.forEach(rates::insert);

        PricingRules rules = pricingRules.rulesAt(at, country);

        assertEquals(promotions.automaticValidAt(at), rules.automaticPromotions());
        assertTrue(rules.automaticPromotions().containsAll(List.of(percent, fixed, shipping)));
        assertFalse(rules.automaticPromotions().contains(ended));
        assertEquals(rates.forCountry(country), rules.taxRates());
        assertEquals(Set.copyOf(stored), Set.copyOf(rules.taxRates()));
        assertEquals(stored.size(), rules.taxRates().size());
    }

    @Test
    void aClaimTakesOneUseAnOrderAtMostOnceAndACancellationGivesItBack() {
        Promotion coupon = stored(coupon(new UsageLimits(2, null)));
        UserId customer = shop.customer().userId();
        OrderId first = new OrderId(UUID.randomUUID());

        claim(coupon, customer, first);
        claim(coupon, customer, first);
        assertEquals(1, uses(coupon));
        claim(coupon, customer, new OrderId(UUID.randomUUID()));
        assertEquals(2, uses(coupon));

        CouponUnavailableException exhausted = assertThrows(CouponUnavailableException.class,
                () -> claim(coupon, customer, new OrderId(UUID.randomUUID())));
        assertEquals(CouponUnavailableException.EXHAUSTED, exhausted.code());
        assertEquals("couponCode", exhausted.field());
        assertEquals(2, uses(coupon));

        usages.release(first);
        usages.release(first);
        assertEquals(1, uses(coupon));
        assertEquals(1, usages.usesBy(coupon.id(), customer));
        claim(coupon, customer, new OrderId(UUID.randomUUID()));
        assertEquals(2, uses(coupon));
        usages.release(new OrderId(UUID.randomUUID()));
        assertEquals(2, uses(coupon));
    }

    @Test
    void aHundredConcurrentClaimsOfACouponLimitedToTenTakeExactlyTen() throws Exception {
        Promotion coupon = stored(coupon(new UsageLimits(10, null)));
        List<UserId> customers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            customers.add(shop.customer().userId());
        }

        AtomicInteger refused = new AtomicInteger();
        int taken = concurrently(i -> claimOrRefuse(coupon, customers.get(i % customers.size()), refused));

        assertEquals(10, taken);
        assertEquals(CLAIMS - 10, refused.get());
        assertEquals(10, uses(coupon));
        assertEquals(10, customers.stream().mapToInt(customer -> usages.usesBy(coupon.id(), customer)).sum());
    }

    @Test
    void aHundredConcurrentClaimsOfOneCustomerTakeTheirLimitOnly() throws Exception {
        Promotion coupon = stored(coupon(new UsageLimits(50, 3)));
        UserId customer = shop.customer().userId();
        UserId other = shop.customer().userId();

        AtomicInteger refused = new AtomicInteger();
        int taken = concurrently(i -> claimOrRefuse(coupon, customer, refused));

        assertEquals(3, taken);
        assertEquals(CLAIMS - 3, refused.get());
        assertEquals(3, usages.usesBy(coupon.id(), customer));
        assertEquals(3, uses(coupon));
        claim(coupon, other, new OrderId(UUID.randomUUID()));
        assertEquals(4, uses(coupon));
    }

    @Test
    void administratorsManagePromotionsAndALimitNeverFallsBelowTheUses() {
        Actor admin = shop.admin();
        PromotionCommand command = command(code(), new UsageLimits(5, null), true);
        var created = create.create(admin, command, null).value();
        assertEquals(0, created.uses());
        assertThrows(ForbiddenException.class, () -> create.create(shop.user(Role.STAFF), command(code(),
                UsageLimits.NONE, true), null));
        ConflictException taken = assertThrows(ConflictException.class, () -> create.create(admin, command, null));
        assertEquals("COUPON_CODE_TAKEN", taken.code());

        PromotionId id = created.promotion().id();
        claim(created.promotion(), shop.customer().userId(), new OrderId(UUID.randomUUID()));
        claim(created.promotion(), shop.customer().userId(), new OrderId(UUID.randomUUID()));
        InvalidInputException belowUses = assertThrows(InvalidInputException.class,
                () -> update.update(admin, id, command(command.code(), new UsageLimits(1, null), true)));
        assertEquals("usageLimit", belowUses.field());
        InvalidInputException otherCode = assertThrows(InvalidInputException.class,
                () -> update.update(admin, id, command(code(), UsageLimits.NONE, true)));
        assertEquals("code", otherCode.field());

        var updated = update.update(admin, id, command(command.code(), new UsageLimits(2, 1), true));
        assertEquals(new UsageLimits(2, 1), updated.promotion().limits());
        assertEquals(2, updated.uses());

        assertFalse(deactivate.deactivate(admin, id).promotion().active());
        assertFalse(promotions.findById(id).orElseThrow().promotion().active());
        assertFalse(deactivate.deactivate(admin, id).promotion().active());
    }

    /**
     * A 10 % coupon on a 20.00 product (no rate in Germany in this store): 2.00 off. The customer's limit of one use
     * reached: 409 naming couponCode; an unknown code or a deactivated coupon: 400 naming couponCode.
     */
    @Test
    void aQuoteAppliesTheCouponAndRefusesOneTheCustomerUsedUp() {
        Actor admin = shop.admin();
        Actor seller = shop.user(Role.SELLER);
        Product product = shop.product(seller, 10, 2000, "EUR");
        var coupon = create.create(admin, command(code(), new UsageLimits(null, 1), true), null).value();
        Actor customer = shop.customer();
        QuoteCommand withCoupon = new QuoteCommand(List.of(new QuoteCommand.Line(product.id(), 1)), address(), null,
                coupon.promotion().code().toLowerCase(java.util.Locale.ROOT));

        PriceBreakdown price = quote.quote(customer, withCoupon);

        assertEquals(200, price.totals().discount());
        assertEquals(1800, price.totals().gross());
        assertTrue(price.promotions().stream().map(PriceBreakdown.AppliedPromotion::id).toList()
                .contains(coupon.promotion().id()));

        claim(coupon.promotion(), customer.userId(), new OrderId(UUID.randomUUID()));
        CouponUnavailableException usedUp = assertThrows(CouponUnavailableException.class,
                () -> quote.quote(customer, withCoupon));
        assertEquals(CouponUnavailableException.LIMIT_PER_CUSTOMER, usedUp.code());
        assertEquals(1800, quote.quote(shop.customer(), withCoupon).totals().gross());

        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> quote.quote(customer,
                new QuoteCommand(withCoupon.lines(), address(), null, "NO-SUCH-" + code())));
        assertEquals("couponCode", unknown.field());
        deactivate.deactivate(admin, coupon.promotion().id());
        InvalidInputException inactive = assertThrows(InvalidInputException.class,
                () -> quote.quote(shop.customer(), withCoupon));
        assertEquals("couponCode", inactive.field());
    }

    private int concurrently(ClaimAttempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < CLAIMS; i++) {
                int index = i;
                claims.add(() -> attempt.run(index));
            }
            int taken = 0;
            for (Future<Boolean> result : pool.invokeAll(claims)) {
                taken += result.get() ? 1 : 0;
            }
            return taken;
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
    }

    private boolean claimOrRefuse(Promotion coupon, UserId customer, AtomicInteger refused) {
        try {
            claim(coupon, customer, new OrderId(UUID.randomUUID()));
            return true;
        } catch (CouponUnavailableException e) {
            refused.incrementAndGet();
            return false;
        }
    }

    /** As placement does: inside a transaction of the caller's. */
    private void claim(Promotion coupon, UserId customer, OrderId order) {
        transactions.inTransaction(() -> usages.claim(coupon.id(), customer, order));
    }

    private int uses(Promotion promotion) {
        return promotions.findById(promotion.id()).orElseThrow().uses();
    }

    private Promotion stored(Promotion promotion) {
        assertTrue(promotions.insert(promotion));
        return promotion;
    }

    private static Promotion coupon(UsageLimits limits) {
        return new Promotion(PromotionId.newId(), "Ten off", code(), new Discount.Percentage(new BigDecimal("12.5")),
                new PromotionTarget.WholeOrder(), 1000, null, null, limits, true);
    }

    private static Promotion automatic(Instant from, Instant until, boolean active) {
        // on a product no quote holds, so that other tests' quotes are not discounted
        return new Promotion(PromotionId.newId(), "Automatic", null, new Discount.Percentage(BigDecimal.ONE),
                new PromotionTarget.Products(Set.of(ProductId.newId())), 0, from, until, UsageLimits.NONE, active);
    }

    private static PromotionCommand command(String code, UsageLimits limits, boolean active) {
        return new PromotionCommand("Ten off", code, new Discount.Percentage(BigDecimal.TEN),
                new PromotionTarget.WholeOrder(), 0, null, null, limits, active);
    }

    private static String code() {
        return "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(java.util.Locale.ROOT);
    }

    private static dev.conveyor.domain.shared.Address address() {
        return dev.conveyor.domain.shared.Address.of("shippingAddress", "Erika Mustermann", "Hauptstraße 1", null,
                "Berlin", null, "10115", "DE");
    }

    @FunctionalInterface
    private interface ClaimAttempt {
        boolean run(int index) throws Exception;
    }
}

package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.PriceOrderCommand;
import dev.conveyor.application.pricing.port.in.PriceOrderQuery;
import dev.conveyor.application.pricing.port.in.PricingTerms;
import dev.conveyor.application.pricing.port.out.PricingRulesPort;
import dev.conveyor.application.pricing.port.out.PricingRulesPort.PricingRules;
import dev.conveyor.application.pricing.port.out.ProductPricingPort;
import dev.conveyor.application.pricing.port.out.PromotionPort;
import dev.conveyor.application.pricing.port.out.PromotionPort.StoredPromotion;
import dev.conveyor.application.pricing.port.out.PromotionUsagePort;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.Destination;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.Pricing;
import dev.conveyor.domain.pricing.PricingAttributes;
import dev.conveyor.domain.pricing.PricingLine;
import dev.conveyor.domain.pricing.PricingRequest;
import dev.conveyor.domain.pricing.CouponUnavailableException;
import dev.conveyor.domain.pricing.Promotion;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.UsageLimits;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Gathers what the pricing function needs (attributes, rates, method, the automatic promotions valid now
 * and the coupon) and calls it. A coupon whose uses are spent is refused here already, so that a quote
 * says so; the claim at placement decides.
 */
final class PriceOrderService implements PriceOrderQuery {

    private final ProductPricingPort attributes;
    private final TaxRatePort rates;
    private final ShippingMethodPort methods;
    private final PromotionPort promotions;
    private final PricingRulesPort rules;
    private final PromotionUsagePort usages;
    private final PricingSettings settings;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the ports pricing reads, each once
    PriceOrderService(ProductPricingPort attributes, TaxRatePort rates, ShippingMethodPort methods,
                      PromotionPort promotions, PricingRulesPort rules, PromotionUsagePort usages,
                      PricingSettings settings, Clock clock) {
        this.attributes = attributes;
        this.rates = rates;
        this.methods = methods;
        this.promotions = promotions;
        this.rules = rules;
        this.usages = usages;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public PriceBreakdown price(PriceOrderCommand command) {
        return pricerFor(command.terms()).price(command.items());
    }

    @Override
    public Pricer pricerFor(PricingTerms terms) {
        Instant now = clock.instant();
        // the promotions and the destination's rates in one read: a placement's round trips are its cost
        PricingRules stored = rules.rulesAt(now, Destination.of(terms.shippingAddress()).country());
        Supplier<ShippingMethod> method = method(terms);
        Supplier<Promotion> coupon = terms.couponCode() == null ? null : coupon(terms, now);
        return new Pricer(items -> {
            List<Promotion> applying = new ArrayList<>(stored.automaticPromotions());
            if (coupon != null) {
                applying.add(coupon.get());
            }
            return Pricing.price(request(items, terms, method, applying, stored.taxRates(), now));
        });
    }

    /** What the pricing function needs for these lines and that method, with no promotion and the rates now. */
    PricingRequest requestWithoutPromotions(PriceOrderCommand command, Instant now) {
        PricingTerms terms = command.terms();
        return request(command.items(), terms, method(terms), List.of(),
                rates.forCountry(Destination.of(terms.shippingAddress()).country()), now);
    }

    /** What the pricing function needs for these lines and that method, with the promotions and rates given. */
    private PricingRequest request(List<PriceOrderCommand.Item> items, PricingTerms terms,
                                   Supplier<ShippingMethod> method, List<Promotion> applying,
                                   List<TaxRate> taxRates, Instant now) {
        List<ProductId> unread = items.stream().filter(item -> item.attributes() == null)
                .map(PriceOrderCommand.Item::productId).distinct().toList();
        Map<ProductId, PricingAttributes> known = unread.isEmpty() ? Map.of() : attributes.find(unread);
        List<PricingLine> lines = items.stream().map(item -> {
            PricingAttributes product = item.attributes() != null ? item.attributes()
                    : known.getOrDefault(item.productId(), PricingAttributes.DEFAULT);
            return new PricingLine(item.productId(), item.category(), product.taxCategory(),
                    item.unitPrice().amountMinor(), item.quantity(), product.weightGrams());
        }).toList();
        String currency = items.get(0).unitPrice().currency();
        return new PricingRequest(currency, settings.pricesIncludeTax(), lines,
                Destination.of(terms.shippingAddress()), now, taxRates, method.get(), applying);
    }

    /**
     * The terms' method (null for none), read now; an unknown or inactive one is refused when asked for, so that
     * pricing refuses it where it always did (after the lines' attributes are read).
     */
    private Supplier<ShippingMethod> method(PricingTerms terms) {
        if (terms.shippingMethodId() == null) {
            return () -> null;
        }
        Optional<ShippingMethod> found = methods.findById(terms.shippingMethodId()).filter(ShippingMethod::active);
        return () -> found.orElseThrow(() -> new InvalidInputException("shippingMethodId", "shipping method "
                + terms.shippingMethodId() + " does not exist or is no longer offered"));
    }

    /**
     * The coupon of that code, read now with its uses; refused when asked for (the pricing refuses it later when
     * inactive, out of its window or under its minimum).
     */
    private Supplier<Promotion> coupon(PricingTerms terms, Instant now) {
        Optional<StoredPromotion> found = promotions.findByCode(terms.couponCode());
        if (found.isEmpty()) {
            return () -> {
                throw new InvalidInputException("couponCode", "there is no coupon " + terms.couponCode());
            };
        }
        StoredPromotion stored = found.get();
        Promotion coupon = stored.promotion();
        UsageLimits limits = coupon.limits();
        if (coupon.validAt(now)) {
            if (limits.total() != null && stored.uses() >= limits.total()) {
                return () -> {
                    throw CouponUnavailableException.exhausted(coupon.code());
                };
            }
            if (limits.perCustomer() != null && terms.customer() != null
                    && usages.usesBy(coupon.id(), terms.customer()) >= limits.perCustomer()) {
                return () -> {
                    throw CouponUnavailableException.perCustomer(coupon.code(), limits.perCustomer());
                };
            }
        }
        return () -> coupon;
    }
}

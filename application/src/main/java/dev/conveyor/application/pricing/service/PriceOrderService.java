package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.PriceOrderCommand;
import dev.conveyor.application.pricing.port.in.PriceOrderQuery;
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
        Instant now = clock.instant();
        // the promotions and the destination's rates in one read: a placement's round trips are its cost
        PricingRules stored = rules.rulesAt(now, Destination.of(command.shippingAddress()).country());
        List<Promotion> applying = new ArrayList<>(stored.automaticPromotions());
        if (command.couponCode() != null) {
            applying.add(coupon(command, now));
        }
        return Pricing.price(request(command, applying, stored.taxRates(), now));
    }

    /** What the pricing function needs for these lines and that method, with no promotion and the rates now. */
    PricingRequest requestWithoutPromotions(PriceOrderCommand command, Instant now) {
        return request(command, List.of(),
                rates.forCountry(Destination.of(command.shippingAddress()).country()), now);
    }

    /** What the pricing function needs for these lines and that method, with the promotions and rates given. */
    private PricingRequest request(PriceOrderCommand command, List<Promotion> applying, List<TaxRate> taxRates,
                                   Instant now) {
        List<ProductId> unread = command.items().stream().filter(item -> item.attributes() == null)
                .map(PriceOrderCommand.Item::productId).distinct().toList();
        Map<ProductId, PricingAttributes> known = unread.isEmpty() ? Map.of() : attributes.find(unread);
        List<PricingLine> lines = command.items().stream().map(item -> {
            PricingAttributes product = item.attributes() != null ? item.attributes()
                    : known.getOrDefault(item.productId(), PricingAttributes.DEFAULT);
            return new PricingLine(item.productId(), item.category(), product.taxCategory(),
                    item.unitPrice().amountMinor(), item.quantity(), product.weightGrams());
        }).toList();
        Destination destination = Destination.of(command.shippingAddress());
        ShippingMethod method = command.shippingMethodId() == null ? null
                : methods.findById(command.shippingMethodId()).filter(ShippingMethod::active)
                        .orElseThrow(() -> new InvalidInputException("shippingMethodId", "shipping method "
                                + command.shippingMethodId() + " does not exist or is no longer offered"));
        String currency = command.items().get(0).unitPrice().currency();
        return new PricingRequest(currency, settings.pricesIncludeTax(), lines, destination, now,
                taxRates, method, applying);
    }

    /** The coupon of that code; the pricing refuses it when inactive, out of its window or under its minimum. */
    private Promotion coupon(PriceOrderCommand command, Instant now) {
        StoredPromotion stored = promotions.findByCode(command.couponCode()).orElseThrow(() ->
                new InvalidInputException("couponCode", "there is no coupon " + command.couponCode()));
        Promotion coupon = stored.promotion();
        UsageLimits limits = coupon.limits();
        if (coupon.validAt(now)) {
            if (limits.total() != null && stored.uses() >= limits.total()) {
                throw CouponUnavailableException.exhausted(coupon.code());
            }
            if (limits.perCustomer() != null && command.customer() != null
                    && usages.usesBy(coupon.id(), command.customer()) >= limits.perCustomer()) {
                throw CouponUnavailableException.perCustomer(coupon.code(), limits.perCustomer());
            }
        }
        return coupon;
    }
}

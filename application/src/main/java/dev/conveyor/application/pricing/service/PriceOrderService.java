package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.PriceOrderCommand;
import dev.conveyor.application.pricing.port.in.PriceOrderQuery;
import dev.conveyor.application.pricing.port.out.ProductPricingPort;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.Destination;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.Pricing;
import dev.conveyor.domain.pricing.PricingAttributes;
import dev.conveyor.domain.pricing.PricingLine;
import dev.conveyor.domain.pricing.PricingRequest;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.shared.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Gathers what the pricing function needs (attributes, rates, method) and calls it. */
final class PriceOrderService implements PriceOrderQuery {

    private final ProductPricingPort attributes;
    private final TaxRatePort rates;
    private final ShippingMethodPort methods;
    private final PricingSettings settings;
    private final Clock clock;

    PriceOrderService(ProductPricingPort attributes, TaxRatePort rates, ShippingMethodPort methods,
                      PricingSettings settings, Clock clock) {
        this.attributes = attributes;
        this.rates = rates;
        this.methods = methods;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public PriceBreakdown price(PriceOrderCommand command) {
        Map<ProductId, PricingAttributes> known = attributes.find(
                command.items().stream().map(PriceOrderCommand.Item::productId).distinct().toList());
        List<PricingLine> lines = command.items().stream().map(item -> {
            PricingAttributes product = known.getOrDefault(item.productId(), PricingAttributes.DEFAULT);
            return new PricingLine(item.productId(), item.category(), product.taxCategory(),
                    item.unitPrice().amountMinor(), item.quantity(), product.weightGrams());
        }).toList();
        Destination destination = Destination.of(command.shippingAddress());
        ShippingMethod method = command.shippingMethodId() == null ? null
                : methods.findById(command.shippingMethodId()).orElseThrow(() -> new InvalidInputException(
                        "shippingMethodId", "shipping method " + command.shippingMethodId() + " does not exist"));
        String currency = command.items().get(0).unitPrice().currency();
        return Pricing.price(new PricingRequest(currency, settings.pricesIncludeTax(), lines, destination,
                clock.instant(), rates.forCountry(destination.country()), method, List.of()));
    }
}

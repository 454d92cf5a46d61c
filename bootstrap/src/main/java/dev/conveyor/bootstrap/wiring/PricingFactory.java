package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.pricing.port.in.PriceOrderQuery;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.pricing.port.in.SetProductPricingUseCase;
import dev.conveyor.application.pricing.port.out.ProductPricingPort;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.pricing.port.out.TaxCategoryPort;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.application.pricing.service.PricingServices;
import dev.conveyor.application.pricing.service.PricingSettings;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

/** Pricing's use cases as beans, with the store's pricing settings. */
@Factory
public class PricingFactory {

    @Singleton
    PricingServices pricingServices(
            SharedServices shared, TaxCategoryPort categories, TaxRatePort rates, ShippingMethodPort methods,
            ProductPricingPort attributes,
            @Property(name = "conveyor.pricing.prices-include-tax", defaultValue = "true") boolean pricesIncludeTax) {
        return new PricingServices(shared, new PricingSettings(pricesIncludeTax), categories, rates, methods, attributes);
    }

    @Singleton
    PriceOrderQuery priceOrder(PricingServices pricing) {
        return pricing.priceOrder();
    }

    @Singleton
    QuoteQuery quote(PricingServices pricing) {
        return pricing.quote();
    }

    @Singleton
    SetProductPricingUseCase setProductPricing(PricingServices pricing) {
        return pricing.setProductPricing();
    }
}

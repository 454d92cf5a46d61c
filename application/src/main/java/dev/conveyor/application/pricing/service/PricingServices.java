package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.PriceOrderQuery;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.pricing.port.in.SetProductPricingUseCase;
import dev.conveyor.application.pricing.port.out.ProductPricingPort;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.pricing.port.out.TaxCategoryPort;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.application.shared.service.SharedServices;

/** Pricing's use cases: quotes, the pricing other features call, products' tax categories and weights. */
public final class PricingServices {

    private final PriceOrderQuery priceOrder;
    private final QuoteQuery quote;
    private final SetProductPricingUseCase setProductPricing;

    public PricingServices(SharedServices shared, PricingSettings settings, TaxCategoryPort categories,
                           TaxRatePort rates, ShippingMethodPort methods, ProductPricingPort attributes) {
        priceOrder = new PriceOrderService(attributes, rates, methods, settings, shared.clock());
        quote = new QuoteService(shared.ports().products(), priceOrder);
        setProductPricing = new SetProductPricingService(shared.productAccess(), categories, attributes);
    }

    public PriceOrderQuery priceOrder() {
        return priceOrder;
    }

    public QuoteQuery quote() {
        return quote;
    }

    public SetProductPricingUseCase setProductPricing() {
        return setProductPricing;
    }
}

package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.pricing.port.in.CloseTaxRateUseCase;
import dev.conveyor.application.pricing.port.in.CreatePromotionUseCase;
import dev.conveyor.application.pricing.port.in.CreateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.in.CreateTaxCategoryUseCase;
import dev.conveyor.application.pricing.port.in.CreateTaxRateUseCase;
import dev.conveyor.application.pricing.port.in.DeactivatePromotionUseCase;
import dev.conveyor.application.pricing.port.in.DeactivateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.in.GetPromotionQuery;
import dev.conveyor.application.pricing.port.in.GetShippingMethodQuery;
import dev.conveyor.application.pricing.port.in.GetTaxRateQuery;
import dev.conveyor.application.pricing.port.in.ListPromotionsQuery;
import dev.conveyor.application.pricing.port.in.ListShippingMethodsQuery;
import dev.conveyor.application.pricing.port.in.ListTaxCategoriesQuery;
import dev.conveyor.application.pricing.port.in.ListTaxRatesQuery;
import dev.conveyor.application.pricing.port.in.ShippingMethodsForCountryQuery;
import dev.conveyor.application.pricing.port.in.UpdatePromotionUseCase;
import dev.conveyor.application.pricing.port.in.UpdateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.in.PriceOrderQuery;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.pricing.port.in.SetProductPricingUseCase;
import dev.conveyor.application.pricing.port.out.ProductPricingPort;
import dev.conveyor.application.pricing.port.out.PricingRulesPort;
import dev.conveyor.application.pricing.port.out.PromotionPort;
import dev.conveyor.application.pricing.port.out.PromotionUsagePort;
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
            ProductPricingPort attributes, PromotionPort promotions, PricingRulesPort pricingRules,
            PromotionUsagePort usages,
            @Property(name = "conveyor.pricing.prices-include-tax", defaultValue = "true") boolean pricesIncludeTax) {
        return new PricingServices(shared, new PricingSettings(pricesIncludeTax), categories, rates, methods, attributes,
                promotions, pricingRules, usages);
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

    @Singleton
    CloseTaxRateUseCase closeTaxRate(PricingServices pricing) {
        return pricing.closeTaxRate();
    }

    @Singleton
    CreatePromotionUseCase createPromotion(PricingServices pricing) {
        return pricing.createPromotion();
    }

    @Singleton
    CreateShippingMethodUseCase createShippingMethod(PricingServices pricing) {
        return pricing.createShippingMethod();
    }

    @Singleton
    CreateTaxCategoryUseCase createTaxCategory(PricingServices pricing) {
        return pricing.createTaxCategory();
    }

    @Singleton
    CreateTaxRateUseCase createTaxRate(PricingServices pricing) {
        return pricing.createTaxRate();
    }

    @Singleton
    DeactivatePromotionUseCase deactivatePromotion(PricingServices pricing) {
        return pricing.deactivatePromotion();
    }

    @Singleton
    DeactivateShippingMethodUseCase deactivateShippingMethod(PricingServices pricing) {
        return pricing.deactivateShippingMethod();
    }

    @Singleton
    GetPromotionQuery getPromotion(PricingServices pricing) {
        return pricing.getPromotion();
    }

    @Singleton
    GetShippingMethodQuery getShippingMethod(PricingServices pricing) {
        return pricing.getShippingMethod();
    }

    @Singleton
    GetTaxRateQuery getTaxRate(PricingServices pricing) {
        return pricing.getTaxRate();
    }

    @Singleton
    ListPromotionsQuery listPromotions(PricingServices pricing) {
        return pricing.listPromotions();
    }

    @Singleton
    ListShippingMethodsQuery listShippingMethods(PricingServices pricing) {
        return pricing.listShippingMethods();
    }

    @Singleton
    ListTaxCategoriesQuery listTaxCategories(PricingServices pricing) {
        return pricing.listTaxCategories();
    }

    @Singleton
    ListTaxRatesQuery listTaxRates(PricingServices pricing) {
        return pricing.listTaxRates();
    }

    @Singleton
    ShippingMethodsForCountryQuery shippingMethodsForCountry(PricingServices pricing) {
        return pricing.shippingMethodsForCountry();
    }

    @Singleton
    UpdatePromotionUseCase updatePromotion(PricingServices pricing) {
        return pricing.updatePromotion();
    }

    @Singleton
    UpdateShippingMethodUseCase updateShippingMethod(PricingServices pricing) {
        return pricing.updateShippingMethod();
    }
}

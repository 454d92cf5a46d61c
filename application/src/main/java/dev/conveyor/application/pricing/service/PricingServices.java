package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.ClaimCouponUseCase;
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
import dev.conveyor.application.pricing.port.in.PriceOrderEditQuery;
import dev.conveyor.application.pricing.port.in.PriceOrderQuery;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.pricing.port.in.SetProductPricingUseCase;
import dev.conveyor.application.pricing.port.in.ShippingMethodsForCountryQuery;
import dev.conveyor.application.pricing.port.in.UpdatePromotionUseCase;
import dev.conveyor.application.pricing.port.in.UpdateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.out.ProductPricingPort;
import dev.conveyor.application.pricing.port.out.PricingRulesPort;
import dev.conveyor.application.pricing.port.out.PromotionPort;
import dev.conveyor.application.pricing.port.out.PromotionUsagePort;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.pricing.port.out.TaxCategoryPort;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.application.shared.service.CancellationHooks;
import dev.conveyor.application.shared.service.SharedServices;

/**
 * Pricing's use cases: quotes, the pricing other features call, products' tax categories and weights, and
 * the administration of tax categories, tax rates, shipping methods and promotions.
 */
public final class PricingServices {

    private final PriceOrderQuery priceOrder;
    private final PriceOrderEditQuery priceOrderEdit;
    private final ClaimCouponService claimCoupon;
    private final QuoteQuery quote;
    private final SetProductPricingUseCase setProductPricing;
    private final CreateTaxCategoryUseCase createTaxCategory;
    private final ListTaxCategoriesQuery listTaxCategories;
    private final CreateTaxRateUseCase createTaxRate;
    private final CloseTaxRateUseCase closeTaxRate;
    private final GetTaxRateQuery getTaxRate;
    private final ListTaxRatesQuery listTaxRates;
    private final CreateShippingMethodUseCase createShippingMethod;
    private final UpdateShippingMethodUseCase updateShippingMethod;
    private final DeactivateShippingMethodUseCase deactivateShippingMethod;
    private final GetShippingMethodQuery getShippingMethod;
    private final ListShippingMethodsQuery listShippingMethods;
    private final ShippingMethodsForCountryQuery shippingMethodsForCountry;
    private final CreatePromotionUseCase createPromotion;
    private final UpdatePromotionUseCase updatePromotion;
    private final DeactivatePromotionUseCase deactivatePromotion;
    private final GetPromotionQuery getPromotion;
    private final ListPromotionsQuery listPromotions;

    public PricingServices(SharedServices shared, PricingSettings settings, TaxCategoryPort categories,
                           TaxRatePort rates, ShippingMethodPort methods, ProductPricingPort attributes,
                           PromotionPort promotions, PricingRulesPort pricingRules, PromotionUsagePort usages) {
        PriceOrderService placement = new PriceOrderService(attributes, rates, methods, promotions, pricingRules,
                usages, settings, shared.clock());
        priceOrder = placement;
        priceOrderEdit = new PriceOrderEditService(placement, shared.clock());
        claimCoupon = new ClaimCouponService(usages);
        quote = new QuoteService(shared.ports().products(), priceOrder);
        setProductPricing = new SetProductPricingService(shared.productAccess(), categories, attributes);
        PricingAdmin admin = new PricingAdmin(shared.ports().transactions(), shared.idempotent(), shared.events(),
                categories, shared.clock());
        createTaxCategory = new CreateTaxCategoryService(admin, categories);
        listTaxCategories = new ListTaxCategoriesService(categories);
        createTaxRate = new CreateTaxRateService(admin, rates);
        closeTaxRate = new CloseTaxRateService(admin, rates);
        getTaxRate = new GetTaxRateService(rates);
        listTaxRates = new ListTaxRatesService(rates);
        createShippingMethod = new CreateShippingMethodService(admin, methods);
        updateShippingMethod = new UpdateShippingMethodService(admin, methods);
        deactivateShippingMethod = new DeactivateShippingMethodService(admin, methods);
        getShippingMethod = new GetShippingMethodService(methods);
        listShippingMethods = new ListShippingMethodsService(methods);
        shippingMethodsForCountry = new ShippingMethodsForCountryService(methods);
        createPromotion = new CreatePromotionService(admin, promotions);
        updatePromotion = new UpdatePromotionService(admin, promotions);
        deactivatePromotion = new DeactivatePromotionService(admin, promotions);
        getPromotion = new GetPromotionService(promotions);
        listPromotions = new ListPromotionsService(promotions);
    }

    public PriceOrderQuery priceOrder() {
        return priceOrder;
    }

    public PriceOrderEditQuery priceOrderEdit() {
        return priceOrderEdit;
    }

    public ClaimCouponUseCase claimCoupon() {
        return claimCoupon;
    }

    /** What cancelling an order undoes here: the use of its coupon. */
    public CancellationHooks cancellationHooks() {
        return claimCoupon;
    }

    public QuoteQuery quote() {
        return quote;
    }

    public SetProductPricingUseCase setProductPricing() {
        return setProductPricing;
    }

    public CreateTaxCategoryUseCase createTaxCategory() {
        return createTaxCategory;
    }

    public ListTaxCategoriesQuery listTaxCategories() {
        return listTaxCategories;
    }

    public CreateTaxRateUseCase createTaxRate() {
        return createTaxRate;
    }

    public CloseTaxRateUseCase closeTaxRate() {
        return closeTaxRate;
    }

    public GetTaxRateQuery getTaxRate() {
        return getTaxRate;
    }

    public ListTaxRatesQuery listTaxRates() {
        return listTaxRates;
    }

    public CreateShippingMethodUseCase createShippingMethod() {
        return createShippingMethod;
    }

    public UpdateShippingMethodUseCase updateShippingMethod() {
        return updateShippingMethod;
    }

    public DeactivateShippingMethodUseCase deactivateShippingMethod() {
        return deactivateShippingMethod;
    }

    public GetShippingMethodQuery getShippingMethod() {
        return getShippingMethod;
    }

    public ListShippingMethodsQuery listShippingMethods() {
        return listShippingMethods;
    }

    public ShippingMethodsForCountryQuery shippingMethodsForCountry() {
        return shippingMethodsForCountry;
    }

    public CreatePromotionUseCase createPromotion() {
        return createPromotion;
    }

    public UpdatePromotionUseCase updatePromotion() {
        return updatePromotion;
    }

    public DeactivatePromotionUseCase deactivatePromotion() {
        return deactivatePromotion;
    }

    public GetPromotionQuery getPromotion() {
        return getPromotion;
    }

    public ListPromotionsQuery listPromotions() {
        return listPromotions;
    }
}

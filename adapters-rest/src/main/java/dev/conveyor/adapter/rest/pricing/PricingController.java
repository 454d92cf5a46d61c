package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.pricing.ShippingMethodRequests.ShippingMethodResponse;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.cart.port.in.QuoteCartQuery;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.pricing.port.in.SetProductPricingUseCase;
import dev.conveyor.application.pricing.port.in.ShippingMethodsForCountryQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.Check;
import io.micronaut.http.annotation.Body;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** Quotes, the shipping methods to choose from, and what pricing needs to know of a product. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Pricing")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
@Answers.Unavailable
final class PricingController {

    private final QuoteQuery quote;
    private final QuoteCartQuery quoteCart;
    private final SetProductPricingUseCase setProductPricing;
    private final ShippingMethodsForCountryQuery shippingMethods;

    PricingController(QuoteQuery quote, QuoteCartQuery quoteCart, SetProductPricingUseCase setProductPricing,
                      ShippingMethodsForCountryQuery shippingMethods) {
        this.quote = quote;
        this.quoteCart = quoteCart;
        this.setProductPricing = setProductPricing;
        this.shippingMethods = shippingMethods;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/api/shipping-methods")
    @Operation(summary = "The shipping methods serving a country, to choose at checkout",
            description = "Any signed-in user: the active methods shipping to the country (a two-letter code), by "
                    + "name. Quote with one to see its charge for the lines (POST /api/checkout/quote).")
    @Answers.Invalid
    List<ShippingMethodResponse> shippingMethods(@CurrentActor Actor actor,
                                                 @Nullable @QueryValue @Schema(example = "DE") String country) {
        return shippingMethods.forCountry(actor, country).stream().map(ShippingMethodResponse::of).toList();
    }

    @RateLimited(RequestKind.CART)
    @Post("/api/checkout/quote")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Price lines (or the caller's cart) for an address and shipping method, reserving nothing",
            description = "Answers the breakdown placing these lines would charge now: per line, shipping, per tax "
                    + "rate, the promotions applied and totals (docs/pricing.md). Without lines, a customer's cart "
                    + "is quoted (409 CART_EMPTY when it is empty). A shipping method that does not serve the "
                    + "address, or cannot carry the parcel, is refused naming shippingMethodId. A coupon that is "
                    + "unknown, inactive, out of its window or under its minimum subtotal is refused naming "
                    + "couponCode (400); one whose uses, or the caller's, are spent answers 409 COUPON_EXHAUSTED "
                    + "or COUPON_LIMIT_PER_CUSTOMER naming couponCode.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.JsonBody
    PriceBreakdownResponse quote(@CurrentActor Actor actor, @Body QuoteRequest request) {
        QuoteRequest body = Check.notNull("body", request);
        return PriceBreakdownResponse.of(body.quotesTheCart()
                ? quoteCart.quote(actor, body.address(), body.shippingMethod(), body.couponCode())
                : quote.quote(actor, body.toCommand()));
    }

    @RateLimited(RequestKind.WRITES)
    @Put("/api/products/{id}/pricing")
    @Secured({"SELLER", "ADMIN"})
    @Operation(summary = "Set a product's tax category and unit weight",
            description = "Its seller or an administrator. The tax category must be one of the store's; the weight "
                    + "(grams per unit) prices shipping by weight bands.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.JsonBody
    ProductPricingResponse setProductPricing(@CurrentActor Actor actor, UUID id, @Body ProductPricingRequest request) {
        return ProductPricingResponse.of(setProductPricing.set(actor, new ProductId(id),
                Check.notNull("body", request).toAttributes()));
    }
}

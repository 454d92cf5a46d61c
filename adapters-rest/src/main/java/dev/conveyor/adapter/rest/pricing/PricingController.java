package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.pricing.port.in.SetProductPricingUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.Check;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Quotes, and what pricing needs to know of a product. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Pricing")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class PricingController {

    private final QuoteQuery quote;
    private final SetProductPricingUseCase setProductPricing;

    PricingController(QuoteQuery quote, SetProductPricingUseCase setProductPricing) {
        this.quote = quote;
        this.setProductPricing = setProductPricing;
    }

    @RateLimited(RequestKind.CART)
    @Post("/api/checkout/quote")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Price lines for an address and shipping method, without reserving anything",
            description = "Answers the breakdown placing these lines would charge now: per line, shipping, per tax "
                    + "rate and totals (docs/pricing.md). A shipping method that does not serve the address, or "
                    + "cannot carry the parcel, is refused naming shippingMethodId.")
    @Answers.Invalid
    @Answers.NotFound
    @Answers.JsonBody
    PriceBreakdownResponse quote(@CurrentActor Actor actor, @Body QuoteRequest request) {
        return PriceBreakdownResponse.of(quote.quote(actor, Check.notNull("body", request).toCommand()));
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

package dev.conveyor.application.pricing.port.in;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.PricingAttributes;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.util.List;
import java.util.Locale;

/**
 * Lines whose products are already read (unit price and catalogue category as they are now), where
 * they go, optionally how (no method: no shipping charge), an optional coupon code and the customer when
 * known (a coupon's per-customer limit is checked for them).
 */
public record PriceOrderCommand(List<Item> items, Address shippingAddress, ShippingMethodId shippingMethodId,
                                String couponCode, UserId customer) {

    public PriceOrderCommand {
        items = List.copyOf(Check.notNull("lines", items));
        Check.notNull("shippingAddress", shippingAddress);
        couponCode = couponCode(couponCode);
    }

    /** Without a coupon, for nobody in particular. */
    public PriceOrderCommand(List<Item> items, Address shippingAddress, ShippingMethodId shippingMethodId) {
        this(items, shippingAddress, shippingMethodId, null, null);
    }

    public PricingTerms terms() {
        return new PricingTerms(shippingAddress, shippingMethodId, couponCode, customer);
    }

    /** Coupon codes compare without regard to case or surrounding blanks; blank is none. */
    static String couponCode(String code) {
        String text = Check.optionalText("couponCode", code, 40);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** {@code attributes} null when not read with the product: pricing reads them then. */
    public record Item(ProductId productId, String category, Money unitPrice, int quantity,
                       PricingAttributes attributes) {

        public Item(ProductId productId, String category, Money unitPrice, int quantity) {
            this(productId, category, unitPrice, quantity, null);
        }
    }
}

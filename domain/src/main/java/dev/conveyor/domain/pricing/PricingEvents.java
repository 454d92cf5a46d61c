package dev.conveyor.domain.pricing;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.event.DomainEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Changes to the store's tax categories, tax rates, shipping methods and promotions ({@code tax-category:*},
 * {@code tax-rate:*}, {@code shipping-method:*}, {@code promotion:*}). Each carries the whole new state, so a reader of the log
 * knows what was in force when without asking the store. Staff and administrators see them; no customer
 * or seller is concerned.
 */
public final class PricingEvents {

    private PricingEvents() {
    }

    public enum Change {
        CREATED, UPDATED, CLOSED, DEACTIVATED;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A category has no id of its own, only its code: the aggregate id is derived from the code, so every
     * event of one category carries the same id.
     */
    public record TaxCategoryChanged(Change change, NamedTaxCategory category, Instant occurredAt)
            implements DomainEvent {

        public TaxCategoryChanged {
            Objects.requireNonNull(change);
            Objects.requireNonNull(category);
            Objects.requireNonNull(occurredAt);
        }

        @Override
        public String type() {
            return "tax-category:" + change.word();
        }

        @Override
        public String aggregateType() {
            return "tax-category";
        }

        @Override
        public UUID aggregateId() {
            return UUID.nameUUIDFromBytes(("tax-category:" + category.category().code())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public Map<String, Object> payload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("code", category.category().code());
            map.put("name", category.name());
            return Map.of("taxCategory", map);
        }
    }

    public record TaxRateChanged(Change change, TaxRate rate, Instant occurredAt) implements DomainEvent {

        public TaxRateChanged {
            Objects.requireNonNull(change);
            Objects.requireNonNull(rate);
            Objects.requireNonNull(occurredAt);
        }

        @Override
        public String type() {
            return "tax-rate:" + change.word();
        }

        @Override
        public String aggregateType() {
            return "tax-rate";
        }

        @Override
        public UUID aggregateId() {
            return rate.id().value();
        }

        @Override
        public Map<String, Object> payload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", rate.id().toString());
            map.put("name", rate.name());
            map.put("country", rate.country());
            map.put("region", rate.region());
            map.put("taxCategory", rate.category().code());
            map.put("percent", rate.percent().toPlainString());
            map.put("validFrom", rate.validFrom().toString());
            map.put("validUntil", rate.validUntil() == null ? null : rate.validUntil().toString());
            return Map.of("taxRate", map);
        }
    }

    public record ShippingMethodChanged(Change change, ShippingMethod method, Instant occurredAt)
            implements DomainEvent {

        public ShippingMethodChanged {
            Objects.requireNonNull(change);
            Objects.requireNonNull(method);
            Objects.requireNonNull(occurredAt);
        }

        @Override
        public String type() {
            return "shipping-method:" + change.word();
        }

        @Override
        public String aggregateType() {
            return "shipping-method";
        }

        @Override
        public UUID aggregateId() {
            return method.id().value();
        }

        @Override
        public Map<String, Object> payload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", method.id().toString());
            map.put("name", method.name());
            map.put("carrier", method.carrier());
            map.put("currency", method.currency());
            map.put("countries", method.countries().stream().sorted().toList());
            map.put("rule", rule(method.rule()));
            map.put("freeAbove", method.freeAboveMinor());
            map.put("taxCategory", method.taxCategory().code());
            map.put("active", method.active());
            return Map.of("shippingMethod", map);
        }

        private static Map<String, Object> rule(ShippingRule rule) {
            Map<String, Object> map = new LinkedHashMap<>();
            if (rule instanceof ShippingRule.Flat flat) {
                map.put("kind", "FLAT");
                map.put("amount", flat.amountMinor());
            } else if (rule instanceof ShippingRule.PerItem perItem) {
                map.put("kind", "PER_ITEM");
                map.put("amount", perItem.amountMinor());
            } else {
                map.put("kind", "WEIGHT_BANDS");
                map.put("bands", ((ShippingRule.WeightBands) rule).bands().stream()
                        .map(band -> Map.of("upToGrams", band.upToGrams(), "amount", band.amountMinor())).toList());
            }
            return map;
        }
    }

    public record PromotionChanged(Change change, Promotion promotion, Instant occurredAt) implements DomainEvent {

        public PromotionChanged {
            Objects.requireNonNull(change);
            Objects.requireNonNull(promotion);
            Objects.requireNonNull(occurredAt);
        }

        @Override
        public String type() {
            return "promotion:" + change.word();
        }

        @Override
        public String aggregateType() {
            return "promotion";
        }

        @Override
        public UUID aggregateId() {
            return promotion.id().value();
        }

        @Override
        public Map<String, Object> payload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", promotion.id().toString());
            map.put("name", promotion.name());
            map.put("code", promotion.code());
            map.put("discount", discount(promotion.discount()));
            map.put("target", target(promotion.target()));
            map.put("minimumSubtotal", promotion.minimumSubtotalMinor());
            map.put("validFrom", promotion.validFrom() == null ? null : promotion.validFrom().toString());
            map.put("validUntil", promotion.validUntil() == null ? null : promotion.validUntil().toString());
            map.put("usageLimit", promotion.limits().total());
            map.put("perCustomerLimit", promotion.limits().perCustomer());
            map.put("active", promotion.active());
            return Map.of("promotion", map);
        }

        private static Map<String, Object> discount(Discount discount) {
            if (discount instanceof Discount.Percentage percentage) {
                return Map.of("kind", "PERCENTAGE", "percent", percentage.percent().toPlainString());
            }
            if (discount instanceof Discount.FixedAmount fixed) {
                return Map.of("kind", "FIXED_AMOUNT", "amount", fixed.amountMinor());
            }
            return Map.of("kind", "FREE_SHIPPING");
        }

        private static Map<String, Object> target(PromotionTarget target) {
            if (target instanceof PromotionTarget.Products products) {
                return Map.of("kind", "PRODUCTS", "productIds",
                        products.productIds().stream().map(ProductId::toString).sorted().toList());
            }
            if (target instanceof PromotionTarget.Categories categories) {
                return Map.of("kind", "CATEGORIES", "categories", categories.categories().stream().sorted().toList());
            }
            return Map.of("kind", "WHOLE_ORDER");
        }
    }
}

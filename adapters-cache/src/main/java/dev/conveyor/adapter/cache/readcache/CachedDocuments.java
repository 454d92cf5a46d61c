package dev.conveyor.adapter.cache.readcache;

import dev.conveyor.application.shared.port.out.CacheSpace;
import dev.conveyor.application.shared.port.out.CataloguePage;
import dev.conveyor.application.shared.port.out.DashboardStats;
import dev.conveyor.application.shared.port.out.DashboardStats.Bucket;
import dev.conveyor.application.shared.port.out.DeliveriesSummary;
import dev.conveyor.application.shared.port.out.OrderBalance;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderNumber;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.pricing.AppliedRate;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.PromotionId;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.pricing.TaxRateId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * How each cache space's values are kept: Redis as immutable documents in
 * JSON, the in-process cache as immutable {@linkplain #toHeld held forms}
 * (the same documents, except where a space has a form of its own that needs
 * no decoding). Every read makes a fresh aggregate from what is kept, so
 * nobody can change a cached value by changing what the cache handed out.
 */
final class CachedDocuments {

    private static final Map<CacheSpace<?>, Codec<?, ?>> CODECS = Map.of(
            CacheSpace.ORDERS, new Codec<>(OrderDocument.class, OrderDocument::of, OrderDocument::toOrder),
            CacheSpace.ORDER_BALANCES, new Codec<>(BalanceDocument.class, BalanceDocument::of,
                    BalanceDocument::toBalance),
            CacheSpace.PRODUCTS, new Codec<>(ProductDocument.class, ProductDocument::of, ProductDocument::toProduct),
            CacheSpace.CATALOGUE, new Codec<>(PageDocument.class, PageDocument::of, PageDocument::toPage),
            CacheSpace.DASHBOARD, new Codec<>(DashboardDocument.class, DashboardDocument::of,
                    DashboardDocument::toStats),
            CacheSpace.DELIVERIES_TODAY, new Codec<>(DeliveriesDocument.class, DeliveriesDocument::of,
                    DeliveriesDocument::toSummary));

    /**
     * The spaces whose values the in-process cache keeps already decoded, where a hit would otherwise decode
     * a document: an order's read decoded its lines and worked out its price again on every hit.
     */
    private static final Map<CacheSpace<?>, Codec<?, ?>> HELD = Map.of(
            CacheSpace.ORDERS, new Codec<>(HeldOrder.class, HeldOrder::of, HeldOrder::toOrder),
            // a record of a number and an amount: immutable, handed out as it is
            CacheSpace.ORDER_BALANCES, new Codec<>(OrderBalance.class, Function.identity(), Function.identity()));

    private CachedDocuments() {
    }

    /** What the in-process cache keeps of {@code value}: immutable, shared by every hit. */
    static Object toHeld(CacheSpace<?> space, Object value) {
        return heldCodec(space).encode(value);
    }

    /** A value of the reader's own made from what {@link #toHeld} kept. */
    static <T> T fromHeld(CacheSpace<T> space, Object held) {
        return space.type().cast(heldCodec(space).decode(held));
    }

    private static Codec<?, ?> heldCodec(CacheSpace<?> space) {
        Codec<?, ?> held = HELD.get(space);
        return held == null ? codec(space) : held;
    }

    static Object toDocument(CacheSpace<?> space, Object value) {
        return codec(space).encode(value);
    }

    static <T> T fromDocument(CacheSpace<T> space, Object document) {
        return space.type().cast(codec(space).decode(document));
    }

    static Class<?> documentType(CacheSpace<?> space) {
        return codec(space).type();
    }

    private static Codec<?, ?> codec(CacheSpace<?> space) {
        Codec<?, ?> codec = CODECS.get(space);
        if (codec == null) {
            throw new IllegalArgumentException("no document format for cache space " + space);
        }
        return codec;
    }

    private record Codec<T, D>(Class<D> type, Function<T, D> to, Function<D, T> from) {

        @SuppressWarnings("unchecked")
        Object encode(Object value) {
            return to.apply((T) value);
        }

        Object decode(Object document) {
            return from.apply(type.cast(document));
        }
    }

    @Serdeable
    record OrderDocument(UUID id, String number, UUID customerId, List<LineDocument> lines, String shipName,
                                String shipLine1, String shipLine2, String shipCity, String shipRegion,
                                String shipPostalCode, String shipCountry, String notes, PriceDocument price,
                                String currency,
                                OrderStatus status, PaymentStatus paymentStatus, Instant placedAt,
                                Instant cancellableUntil, Instant confirmedAt, Instant cancelledAt,
                                String cancellationReason, Instant updatedAt, long version) {

        static OrderDocument of(Order order) {
            Address a = order.shippingAddress();
            return new OrderDocument(order.id().value(), order.number().value(), order.customerId().value(),
                    order.lines().stream().map(LineDocument::of).toList(), a.name(), a.line1(), a.line2(),
                    a.city(), a.region(), a.postalCode(), a.country(), order.notes(),
                    PriceDocument.of(order.price()), order.total().currency(), order.status(), order.paymentStatus(), order.placedAt(),
                    order.cancellableUntil(), order.confirmedAt(), order.cancelledAt(),
                    order.cancellationReason(), order.updatedAt(), order.version());
        }

        Order toOrder() {
            return Order.rehydrate(new OrderId(id), new OrderNumber(number), new UserId(customerId),
                    lines.stream().map(line -> line.toLine(currency)).toList(),
                    new Address(shipName, shipLine1, shipLine2, shipCity, shipRegion, shipPostalCode, shipCountry),
                    notes, price.toPrice(currency, lines), status, paymentStatus, placedAt, cancellableUntil,
                    confirmedAt, cancelledAt, cancellationReason, updatedAt, version);
        }
    }

    /**
     * An order as the in-process cache keeps it: its parts as the order holds them, every one immutable (records,
     * an unmodifiable list of lines). A hit wraps them in an order of its own without decoding anything; a change
     * of that order replaces its parts rather than changing them, so no other reader, nor the cache, sees it.
     */
    record HeldOrder(OrderId id, OrderNumber number, UserId customerId, List<OrderLine> lines,
                     Address shippingAddress, String notes, PriceBreakdown price, OrderStatus status,
                     PaymentStatus paymentStatus, Instant placedAt, Instant cancellableUntil, Instant confirmedAt,
                     Instant cancelledAt, String cancellationReason, Instant updatedAt, long version) {

        HeldOrder {
            lines = List.copyOf(lines);
        }

        static HeldOrder of(Order order) {
            return new HeldOrder(order.id(), order.number(), order.customerId(), order.lines(),
                    order.shippingAddress(), order.notes(), order.price(), order.status(), order.paymentStatus(),
                    order.placedAt(), order.cancellableUntil(), order.confirmedAt(), order.cancelledAt(),
                    order.cancellationReason(), order.updatedAt(), order.version());
        }

        Order toOrder() {
            return Order.rehydrate(id, number, customerId, lines, shippingAddress, notes, price, status,
                    paymentStatus, placedAt, cancellableUntil, confirmedAt, cancelledAt, cancellationReason,
                    updatedAt, version);
        }
    }

    @Serdeable
    record BalanceDocument(long orderVersion, long amountMinor, String currency) {

        static BalanceDocument of(OrderBalance balance) {
            return new BalanceDocument(balance.orderVersion(), balance.balance().amountMinor(),
                    balance.balance().currency());
        }

        OrderBalance toBalance() {
            return new OrderBalance(orderVersion, Money.of(amountMinor, currency));
        }
    }

    /** An order's price as stored in its tables: the rest follows from the lines (see OrderRows). */
    @Serdeable
    record PriceDocument(boolean pricesIncludeTax, List<LinePriceDocument> lines, ShippingDocument shipping,
                         List<PromotionDocument> promotions) {

        /** JSON leaves out an empty list. */
        PriceDocument {
            promotions = promotions == null ? List.of() : promotions;
        }

        static PriceDocument of(PriceBreakdown price) {
            PriceBreakdown.Shipping s = price.shipping();
            return new PriceDocument(price.pricesIncludeTax(),
                    price.lines().stream().map(l -> new LinePriceDocument(l.discount(), l.tax(),
                            RateDocument.of(l.rate()))).toList(),
                    s == null ? null : new ShippingDocument(s.methodId().value(), s.name(), s.carrier(), s.amount(),
                            s.discount(), s.tax(), RateDocument.of(s.rate())),
                    price.promotions().stream().map(p -> new PromotionDocument(p.id().value(), p.name(), p.code(),
                            p.amount())).toList());
        }

        PriceBreakdown toPrice(String currency, List<LineDocument> orderLines) {
            List<PriceBreakdown.Line> priced = new ArrayList<>(orderLines.size());
            for (int i = 0; i < orderLines.size(); i++) {
                LineDocument line = orderLines.get(i);
                LinePriceDocument price = lines.get(i);
                priced.add(PriceBreakdown.Line.of(new ProductId(line.productId()), line.quantity(),
                        line.unitPriceMinor(), price.discount(), price.tax(), price.rate().toRate(),
                        pricesIncludeTax));
            }
            PriceBreakdown.Shipping charge = shipping == null ? null : PriceBreakdown.Shipping.of(
                    new ShippingMethodId(shipping.methodId()), shipping.name(), shipping.carrier(), shipping.amount(),
                    shipping.discount(), shipping.tax(), shipping.rate().toRate(), pricesIncludeTax);
            return PriceBreakdown.of(currency, pricesIncludeTax, priced, charge, promotions.stream()
                    .map(p -> new PriceBreakdown.AppliedPromotion(new PromotionId(p.id()), p.name(), p.code(),
                            p.amount())).toList());
        }
    }

    @Serdeable
    record LinePriceDocument(long discount, long tax, RateDocument rate) {
    }

    @Serdeable
    record ShippingDocument(UUID methodId, String name, String carrier, long amount, long discount, long tax,
                            RateDocument rate) {
    }

    @Serdeable
    record PromotionDocument(UUID id, String name, String code, long amount) {
    }

    @Serdeable
    record RateDocument(UUID id, String name, BigDecimal percent) {

        static RateDocument of(AppliedRate rate) {
            return new RateDocument(rate.id() == null ? null : rate.id().value(), rate.name(), rate.percent());
        }

        AppliedRate toRate() {
            return new AppliedRate(id == null ? null : new TaxRateId(id), name, percent);
        }
    }

    @Serdeable
    record LineDocument(int lineNo, UUID productId, String sku, String name, long unitPriceMinor, int quantity,
                               UUID sellerId, int shipped, int delivered, int cancelled, int allocated) {

        static LineDocument of(OrderLine line) {
            return new LineDocument(line.lineNo(), line.productId().value(), line.sku().value(), line.name(),
                    line.unitPrice().amountMinor(), line.quantity(), line.sellerId().value(), line.shipped(),
                    line.delivered(), line.cancelled(), line.allocated());
        }

        OrderLine toLine(String currency) {
            return new OrderLine(lineNo, new ProductId(productId), new Sku(sku), name,
                    Money.of(unitPriceMinor, currency), quantity, new UserId(sellerId), shipped, delivered,
                    cancelled, allocated);
        }
    }

    @Serdeable
    record ProductDocument(UUID id, String sku, String name, String description, String category, String imageUrl,
                                  long priceMinor, String currency, boolean active, UUID sellerId, int onHand,
                                  int reserved, int lowStockThreshold, Instant createdAt, Instant updatedAt,
                                  long version) {

        static ProductDocument of(Product product) {
            ProductDetails details = product.details();
            return new ProductDocument(product.id().value(), product.sku().value(), details.name(),
                    details.description(), details.category(), details.imageUrl(), product.price().amountMinor(),
                    product.price().currency(), product.isActive(), product.sellerId().value(),
                    product.stock().onHand(), product.stock().reserved(), product.lowStockThreshold(),
                    product.createdAt(), product.updatedAt(), product.version());
        }

        Product toProduct() {
            return Product.rehydrate(new ProductId(id), new Sku(sku),
                    new ProductDetails(name, description, category, imageUrl), Money.of(priceMinor, currency),
                    active, new UserId(sellerId), new Stock(onHand, reserved), lowStockThreshold, createdAt,
                    updatedAt, version);
        }
    }

    @Serdeable
    record PageDocument(List<UUID> productIds, long total) {

        static PageDocument of(CataloguePage page) {
            return new PageDocument(page.productIds().stream().map(ProductId::value).toList(), page.total());
        }

        CataloguePage toPage() {
            return new CataloguePage(productIds.stream().map(ProductId::new).toList(), total);
        }
    }

    @Serdeable
    record AmountDocument(long amountMinor, String currency) {

        static List<AmountDocument> of(List<Money> amounts) {
            return amounts.stream().map(m -> new AmountDocument(m.amountMinor(), m.currency())).toList();
        }

        /** Serde leaves out empty lists, so an absent list is an empty one. */
        static List<Money> toMoney(List<AmountDocument> amounts) {
            return amounts == null ? List.of() : amounts.stream().map(a -> Money.of(a.amountMinor(), a.currency())).toList();
        }
    }

    @Serdeable
    record BucketDocument(Instant start, long orders, List<AmountDocument> revenue) {

        static List<BucketDocument> of(List<Bucket> buckets) {
            return buckets.stream()
                    .map(b -> new BucketDocument(b.start(), b.orders(), AmountDocument.of(b.revenue())))
                    .toList();
        }

        static List<Bucket> toBuckets(List<BucketDocument> buckets) {
            return buckets.stream()
                    .map(b -> new Bucket(b.start(), b.orders(), AmountDocument.toMoney(b.revenue())))
                    .toList();
        }
    }

    /** Counts keyed by the statuses' names: JSON object keys are strings. */
    @Serdeable
    record DashboardDocument(Instant computedAt, long orders, Map<String, Long> byStatus,
                                    Map<String, Long> byPaymentStatus, Map<String, Long> byFulfillmentStatus,
                                    List<AmountDocument> revenue, List<AmountDocument> revenueNet,
                                    List<AmountDocument> unpaid,
                                    List<BucketDocument> lastDay, List<BucketDocument> lastMonth) {

        static DashboardDocument of(DashboardStats stats) {
            return new DashboardDocument(stats.computedAt(), stats.orders(), names(stats.byStatus()),
                    names(stats.byPaymentStatus()), names(stats.byFulfillmentStatus()),
                    AmountDocument.of(stats.revenue()), AmountDocument.of(stats.revenueNet()),
                    AmountDocument.of(stats.unpaid()),
                    BucketDocument.of(stats.lastDay()), BucketDocument.of(stats.lastMonth()));
        }

        DashboardStats toStats() {
            return new DashboardStats(computedAt, orders, constants(byStatus, OrderStatus.class),
                    constants(byPaymentStatus, PaymentStatus.class),
                    constants(byFulfillmentStatus, FulfillmentStatus.class), AmountDocument.toMoney(revenue),
                    AmountDocument.toMoney(revenueNet), AmountDocument.toMoney(unpaid), BucketDocument.toBuckets(lastDay),
                    BucketDocument.toBuckets(lastMonth));
        }

        private static Map<String, Long> names(Map<? extends Enum<?>, Long> counts) {
            Map<String, Long> named = new HashMap<>();
            counts.forEach((key, count) -> named.put(key.name(), count));
            return named;
        }

        private static <E extends Enum<E>> Map<E, Long> constants(Map<String, Long> counts, Class<E> type) {
            Map<E, Long> typed = new EnumMap<>(type);
            counts.forEach((key, count) -> typed.put(Enum.valueOf(type, key), count));
            return typed;
        }
    }

    @Serdeable
    record DeliveriesDocument(LocalDate day, long count, List<AmountDocument> value, long pending,
                                     long delivered) {

        static DeliveriesDocument of(DeliveriesSummary summary) {
            return new DeliveriesDocument(summary.day(), summary.count(), AmountDocument.of(summary.value()),
                    summary.pending(), summary.delivered());
        }

        DeliveriesSummary toSummary() {
            return new DeliveriesSummary(day, count, AmountDocument.toMoney(value), pending, delivered);
        }
    }
}

package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.application.cart.port.in.AddToCartUseCase;
import dev.conveyor.application.cart.port.in.CheckoutCommand;
import dev.conveyor.application.cart.port.in.CheckoutUseCase;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase.ChangeDeliveryStatusCommand;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreateDeliveryCommand;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.fulfilment.port.in.GenerateInvoiceUseCase;
import dev.conveyor.application.fulfilment.port.in.GetInvoiceQuery;
import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.ordering.port.in.PriceChangedException;
import dev.conveyor.application.ordering.port.in.PricingTerms;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordPaymentCommand;
import dev.conveyor.application.pricing.port.in.CreatePromotionUseCase;
import dev.conveyor.application.pricing.port.in.PromotionCommand;
import dev.conveyor.application.pricing.port.in.QuoteCommand;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.pricing.port.in.SetProductPricingUseCase;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.invoice.InvoiceStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.pricing.CouponUnavailableException;
import dev.conveyor.domain.pricing.Discount;
import dev.conveyor.domain.pricing.InvoiceShare;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.PricingAttributes;
import dev.conveyor.domain.pricing.PromotionTarget;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.pricing.ShippingRule;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import dev.conveyor.domain.pricing.UsageLimits;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Placement and checkout price through the pricing function, on one persistence adapter per subclass: an
 * order is charged what its quote said, keeps the rates and method it was priced with, and a total the
 * customer did not agree to is refused before anything is reserved. Each test ships to its own country.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PricedPlacementContract {

    private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

    @Inject Shop shop;
    @Inject TaxRatePort rates;
    @Inject ShippingMethodPort methods;
    @Inject SetProductPricingUseCase setProductPricing;
    @Inject QuoteQuery quote;
    @Inject PlaceOrderUseCase placeOrder;
    @Inject GetOrderQuery getOrder;
    @Inject AddToCartUseCase addToCart;
    @Inject CheckoutUseCase checkout;
    @Inject TestClock clock;
    @Inject ConfirmDueOrdersUseCase confirmDueOrders;
    @Inject CreateDeliveryUseCase createDelivery;
    @Inject ChangeDeliveryStatusUseCase changeDelivery;
    @Inject GenerateInvoiceUseCase generateInvoice;
    @Inject RecordPaymentUseCase recordPayment;
    @Inject GetInvoiceQuery getInvoice;
    @Inject CreatePromotionUseCase createPromotion;
    @Inject CancelOrderUseCase cancelOrder;

    /** The quote of {@link PricingContract}: shirts at 19 %, books at 7 %, a parcel; 44.35 in all. */
    @Test
    void anOrderIsChargedItsQuoteAndKeepsItsRatesWhenTheyChange() {
        Actor seller = shop.user(Role.SELLER);
        Product shirt = shop.product(seller, 10, 1299, "EUR");
        Product book = shop.product(seller, 10, 449, "EUR");
        setProductPricing.set(seller, book.id(), new PricingAttributes(TaxCategory.REDUCED, 300));
        rates.insert(rate("VAT 19 %", "DE", TaxCategory.STANDARD, "19", SINCE));
        rates.insert(rate("VAT 7 %", "DE", TaxCategory.REDUCED, "7", SINCE));
        ShippingMethod parcel = method("Parcel", new ShippingRule.Flat(490), 5000L, "DE");
        methods.insert(parcel);
        Actor customer = shop.customer();
        PriceBreakdown quoted = quote.quote(customer, new QuoteCommand(List.of(new QuoteCommand.Line(shirt.id(), 2),
                new QuoteCommand.Line(book.id(), 3)), address("DE"), parcel.id()));
        assertEquals(4435, quoted.totals().gross());

        OrderView placed = placeOrder.place(customer, new PlaceOrderCommand(List.of(
                new PlaceOrderCommand.Line(shirt.id(), 2), new PlaceOrderCommand.Line(book.id(), 3)), address("DE"),
                null, new PricingTerms(parcel.id(), null, 4435L)), new IdempotencyKey(UUID.randomUUID().toString()))
                .order();

        assertEquals(Money.of(4435, "EUR"), placed.total());
        assertEquals(quoted, placed.price());
        OrderView read = getOrder.get(customer, new OrderId(placed.id()));
        assertEquals(quoted, read.price());
        assertEquals(Money.of(4435, "EUR"), read.total());

        // a new standard rate from tomorrow on changes quotes, never the order placed before it
        rates.insert(rate("VAT 20 %", "DE", TaxCategory.STANDARD, "20", SINCE.plusDays(1)));
        assertEquals(List.of(new BigDecimal("20"), new BigDecimal("7")), quote.quote(customer, new QuoteCommand(
                List.of(new QuoteCommand.Line(shirt.id(), 2), new QuoteCommand.Line(book.id(), 3)), address("DE"),
                parcel.id())).lines().stream().map(l -> l.rate().percent()).toList());
        assertEquals(quoted, getOrder.get(customer, new OrderId(placed.id())).price());
    }

    /**
     * The order above in two deliveries. First one shirt and two books: shirt net floor(21.83 / 2) = 10.91,
     * tax floor(4.15 / 2) = 2.07; books net floor(12.59 × 2 / 3) = 8.39, tax floor(0.88 × 2 / 3) = 0.58; and
     * the parcel, 4.90: 26.85. Then the rest: 13.00 and 4.50, 17.50. Together 44.35.
     */
    @Test
    void eachDeliveryIsInvoicedItsShareAndTheOrderIsPaidWhenItsGrossIs() {
        Actor seller = shop.user(Role.SELLER);
        Product shirt = shop.product(seller, 10, 1299, "EUR");
        Product book = shop.product(seller, 10, 449, "EUR");
        setProductPricing.set(seller, book.id(), new PricingAttributes(TaxCategory.REDUCED, 300));
        rates.insert(rate("MwSt 19 %", "LU", TaxCategory.STANDARD, "19", SINCE));
        rates.insert(rate("MwSt 7 %", "LU", TaxCategory.REDUCED, "7", SINCE));
        ShippingMethod parcel = method("Parcel", new ShippingRule.Flat(490), 5000L, "LU");
        methods.insert(parcel);
        Actor customer = shop.customer();
        OrderId order = new OrderId(placeOrder.place(customer, new PlaceOrderCommand(List.of(
                new PlaceOrderCommand.Line(shirt.id(), 2), new PlaceOrderCommand.Line(book.id(), 3)), address("LU"),
                null, new PricingTerms(parcel.id(), null, 4435L)), null).order().id());
        clock.advance(UseCaseContract.WINDOW);
        confirmDueOrders.confirmDueOrders();
        Actor staff = shop.user(Role.STAFF);

        InvoiceView first = invoiceOf(staff, order, List.of(new CreateDeliveryUseCase.Line(1, 1),
                new CreateDeliveryUseCase.Line(2, 2)));
        InvoiceView rest = invoiceOf(staff, order, List.of());

        assertEquals(Money.of(2685, "EUR"), first.total());
        assertEquals(List.of(1298L, 897L), first.price().lines().stream().map(InvoiceShare.Line::gross).toList());
        assertEquals(490, first.price().shipping().gross());
        assertEquals(Money.of(1750, "EUR"), rest.total());
        assertNull(rest.price().shipping());
        recordPayment.record(staff, order, new RecordPaymentCommand(PaymentMethod.CASH, Money.of(4435, "EUR"), null,
                null, null), null);
        assertEquals(PaymentStatus.PAID, getOrder.get(customer, order).paymentStatus());
        assertEquals(List.of(InvoiceStatus.PAID, InvoiceStatus.PAID), List.of(
                getInvoice.get(customer, new InvoiceId(first.id())).status(),
                getInvoice.get(customer, new InvoiceId(rest.id())).status()));
    }

    /** A delivery of {@code lines} (none: all that remains), shipped and invoiced. */
    private InvoiceView invoiceOf(Actor staff, OrderId order, List<CreateDeliveryUseCase.Line> lines) {
        DeliveryView delivery = createDelivery.create(staff, order, new CreateDeliveryCommand(lines, "DHL", null),
                null).delivery();
        changeDelivery.changeStatus(staff, new DeliveryId(delivery.id()),
                new ChangeDeliveryStatusCommand(DeliveryStatus.SHIPPED, null, null, null));
        return generateInvoice.generate(staff, new DeliveryId(delivery.id()), null).invoice();
    }

    /**
     * A hundred orders at once with a coupon good for ten: the database hands out exactly ten uses, the
     * other orders are refused and reserve nothing; cancelling an order gives its use back.
     */
    @Test
    void aCouponGoodForTenIsUsedByExactlyTenOfAHundredConcurrentOrders() throws Exception {
        Product mug = shop.product(shop.user(Role.SELLER), 1000, 1000, "EUR");
        String code = "TEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        createPromotion.create(shop.admin(), new PromotionCommand("Ten off", code,
                new Discount.Percentage(BigDecimal.TEN), new PromotionTarget.WholeOrder(), 0, null, null,
                new UsageLimits(10, null), true), null);
        Actor customer = shop.customer();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            outcomes.add(pool.submit(() -> {
                try {
                    return placeOrder.place(customer, couponOrder(mug, code),
                            new IdempotencyKey(UUID.randomUUID().toString())).order();
                } catch (RuntimeException refused) {
                    return refused;
                }
            }));
        }
        pool.shutdown();
        List<OrderView> placed = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            Object result = outcome.get(2, TimeUnit.MINUTES);
            if (result instanceof OrderView order) {
                placed.add(order);
            } else {
                assertEquals(CouponUnavailableException.EXHAUSTED,
                        assertInstanceOf(CouponUnavailableException.class, result).code());
            }
        }

        assertEquals(10, placed.size());
        placed.forEach(order -> assertEquals(Money.of(900, "EUR"), order.total()));
        assertEquals(10, shop.reload(mug).stock().reserved());
        assertThrows(CouponUnavailableException.class, () -> placeOrder.place(customer, couponOrder(mug, code),
                new IdempotencyKey(UUID.randomUUID().toString())));

        cancelOrder.cancel(customer, new OrderId(placed.get(0).id()), "changed my mind");
        assertEquals(Money.of(900, "EUR"), placeOrder.place(customer, couponOrder(mug, code),
                new IdempotencyKey(UUID.randomUUID().toString())).order().total());
    }

    private static PlaceOrderCommand couponOrder(Product product, String code) {
        return new PlaceOrderCommand(List.of(new PlaceOrderCommand.Line(product.id(), 1)), address("IE"), null,
                new PricingTerms(null, code.toLowerCase(Locale.ROOT), null));
    }

    /** The parcel's charge goes up from 5.00 to 7.00 between the quote (25.00) and the placement. */
    @Test
    void aTotalThatChangedSinceTheQuoteIsRefusedWithTheNewPriceAndReservesNothing() {
        Actor seller = shop.user(Role.SELLER);
        Product mug = shop.product(seller, 5, 1000, "EUR");
        rates.insert(rate("VAT 20 %", "AT", TaxCategory.STANDARD, "20", SINCE));
        ShippingMethod parcel = method("Parcel", new ShippingRule.Flat(500), null, "AT");
        methods.insert(parcel);
        Actor customer = shop.customer();
        long quoted = quote.quote(customer, new QuoteCommand(List.of(new QuoteCommand.Line(mug.id(), 2)),
                address("AT"), parcel.id())).totals().gross();
        assertEquals(2500, quoted);
        methods.update(new ShippingMethod(parcel.id(), parcel.name(), parcel.carrier(), "EUR", parcel.countries(),
                new ShippingRule.Flat(700), null, TaxCategory.STANDARD, true));

        PriceChangedException changed = assertThrows(PriceChangedException.class, () -> placeOrder.place(customer,
                new PlaceOrderCommand(List.of(new PlaceOrderCommand.Line(mug.id(), 2)), address("AT"), null,
                        new PricingTerms(parcel.id(), null, quoted)), new IdempotencyKey(UUID.randomUUID().toString())));

        assertEquals("PRICE_CHANGED", changed.code());
        assertEquals(2700, changed.price().totals().gross());
        assertEquals(0, shop.reload(mug).stock().reserved());
        OrderView agreed = placeOrder.place(customer, new PlaceOrderCommand(List.of(
                        new PlaceOrderCommand.Line(mug.id(), 2)), address("AT"), null,
                        new PricingTerms(parcel.id(), null, 2700L)),
                new IdempotencyKey(UUID.randomUUID().toString())).order();
        assertEquals(Money.of(2700, "EUR"), agreed.total());
        assertEquals(333 + 117, agreed.price().totals().tax());
        assertEquals(700, agreed.price().shipping().gross());
    }

    @Test
    void aMethodThatDoesNotServeTheAddressIsRefusedNamingIt() {
        Actor seller = shop.user(Role.SELLER);
        Product mug = shop.product(seller, 5, 1000, "EUR");
        ShippingMethod swissOnly = method("Post", new ShippingRule.Flat(700), null, "CH");
        methods.insert(swissOnly);

        for (ShippingMethodId refused : List.of(swissOnly.id(), ShippingMethodId.newId())) {
            InvalidInputException error = assertThrows(InvalidInputException.class, () -> placeOrder.place(
                    shop.customer(), new PlaceOrderCommand(List.of(new PlaceOrderCommand.Line(mug.id(), 1)),
                            address("BE"), null, new PricingTerms(refused, null, null)),
                    new IdempotencyKey(UUID.randomUUID().toString())));
            assertEquals("shippingMethodId", error.field());
        }
        assertEquals(0, shop.reload(mug).stock().reserved());
    }

    /** Net prices are not this store's setting; shipping is charged per item, 1.50 each, taxed 21 %. */
    @Test
    void aCheckoutIsPricedLikeAPlacement() {
        Actor seller = shop.user(Role.SELLER);
        Product mug = shop.product(seller, 5, 1210, "EUR");
        rates.insert(rate("BTW 21 %", "NL", TaxCategory.STANDARD, "21", SINCE));
        ShippingMethod perItem = method("Per item", new ShippingRule.PerItem(150), null, "NL");
        methods.insert(perItem);
        Actor customer = shop.customer();
        addToCart.add(customer, mug.id(), 2);

        OrderView order = checkout.checkout(customer, new CheckoutCommand(address("NL"), null,
                new PricingTerms(perItem.id(), null, 2720L)), new IdempotencyKey(UUID.randomUUID().toString())).order();

        assertEquals(Money.of(2720, "EUR"), order.total());
        assertEquals(new PriceBreakdown.Totals(2420, 0, 2248, 472, 2720), order.price().totals());
        assertEquals(List.of(300L, 248L, 52L), List.of(order.price().shipping().gross(),
                order.price().shipping().net(), order.price().shipping().tax()));
    }

    private static TaxRate rate(String name, String country, TaxCategory category, String percent, LocalDate from) {
        return new TaxRate(TaxRateId.newId(), name, country, null, category, new BigDecimal(percent), from, null);
    }

    private static ShippingMethod method(String name, ShippingRule rule, Long freeAbove, String country) {
        return new ShippingMethod(ShippingMethodId.newId(), name, "DHL", "EUR", Set.of(country), rule, freeAbove,
                TaxCategory.STANDARD, true);
    }

    private static Address address(String country) {
        return Address.of("shippingAddress", "Erika Mustermann", "Hauptstraße 1", null, "Stadt", null, "10115",
                country);
    }
}

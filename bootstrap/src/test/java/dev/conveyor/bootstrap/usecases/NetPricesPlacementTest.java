package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.ordering.port.in.PriceChangedException;
import dev.conveyor.application.ordering.port.in.PricingTerms;
import dev.conveyor.application.pricing.port.in.QuoteCommand;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A US-style store (prices net, tax added on top): a tax rate that changes between the quote and the
 * placement changes what the order costs, so a placement at the quoted total is refused.
 */
@MicronautTest(environments = "memory", startApplication = false, transactional = false)
@Property(name = "test.clock", value = "manual")
@Property(name = "conveyor.orders.confirmation-job.enabled", value = "false")
@Property(name = "conveyor.pricing.prices-include-tax", value = "false")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret",
        value = "use-case-tests-secret-at-least-32-characters-long")
class NetPricesPlacementTest {

    @Inject Shop shop;
    @Inject TestClock clock;
    @Inject TaxRatePort rates;
    @Inject QuoteQuery quote;
    @Inject PlaceOrderUseCase placeOrder;

    /** 20.00 net at 6 %: 21.20. From today 8 %: 21.60. */
    @Test
    void aRateChangedBetweenQuoteAndPlacementIsRefusedAsAChangedPrice() {
        Product lamp = shop.product(shop.user(Role.SELLER), 5, 2000, "USD");
        rates.insert(new TaxRate(TaxRateId.newId(), "Sales tax 6 %", "US", null, TaxCategory.STANDARD,
                new BigDecimal("6"), LocalDate.of(2000, 1, 1), null));
        Actor customer = shop.customer();
        Address boston = Address.of("shippingAddress", "Jo March", "1 Orchard St", null, "Concord", "MA", "01742",
                "US");
        long quoted = quote.quote(customer, new QuoteCommand(List.of(new QuoteCommand.Line(lamp.id(), 1)), boston,
                null)).totals().gross();
        assertEquals(2120, quoted);
        rates.insert(new TaxRate(TaxRateId.newId(), "Sales tax 8 %", "US", null, TaxCategory.STANDARD,
                new BigDecimal("8"), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), null));

        PriceChangedException changed = assertThrows(PriceChangedException.class, () -> placeOrder.place(customer,
                new PlaceOrderCommand(List.of(new PlaceOrderCommand.Line(lamp.id(), 1)), boston, null,
                        new PricingTerms(null, null, quoted)), new IdempotencyKey(UUID.randomUUID().toString())));

        assertEquals(2160, changed.price().totals().gross());
        assertEquals(0, shop.reload(lamp).stock().reserved());
        assertEquals(Money.of(2160, "USD"), placeOrder.place(customer, new PlaceOrderCommand(List.of(
                new PlaceOrderCommand.Line(lamp.id(), 1)), boston, null, new PricingTerms(null, null, 2160L)),
                new IdempotencyKey(UUID.randomUUID().toString())).order().total());
    }
}

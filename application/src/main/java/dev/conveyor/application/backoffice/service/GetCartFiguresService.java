package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.GetCartFiguresQuery;
import dev.conveyor.application.backoffice.port.out.CartFiguresPort;
import dev.conveyor.application.backoffice.port.out.CartFiguresPort.Conversion;
import dev.conveyor.application.backoffice.port.out.CartFiguresPort.IdleCart;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.CachedReads;
import dev.conveyor.domain.cart.CartLine;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Not cached, unlike the rest of the dashboard: a cart becomes abandoned by time passing, not by an event, and
 * cart changes record no events that could drop a cached value. Its reads are counts over indexes and one short
 * list.
 */
final class GetCartFiguresService implements GetCartFiguresQuery {

    /** The dashboard's month: today and the 29 UTC days before. */
    private static final int DAYS = 30;

    private final CartFiguresPort carts;
    private final CachedReads reads;
    private final Clock clock;
    private final Duration abandonedAfter;

    GetCartFiguresService(CartFiguresPort carts, CachedReads reads, Clock clock, Duration abandonedAfter) {
        this.carts = carts;
        this.reads = reads;
        this.clock = clock;
        this.abandonedAfter = abandonedAfter;
    }

    @Override
    public CartFigures figures(Actor actor) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        Instant now = clock.instant();
        Instant idleBefore = now.minus(abandonedAfter);
        Instant since = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(DAYS - 1));
        Conversion conversion = carts.conversion(since);
        List<AbandonedCart> listed = valued(carts.abandoned(idleBefore, CartFigures.LISTED));
        return new CartFigures(now, abandonedAfter, carts.countAbandoned(idleBefore), listed, since,
                conversion.started(), conversion.checkedOut());
    }

    /** At today's prices, as the customer's own cart shows them; products no longer sold are left out. */
    private List<AbandonedCart> valued(List<IdleCart> idle) {
        Set<ProductId> ids = new HashSet<>();
        idle.forEach(c -> c.cart().lines().forEach(line -> ids.add(line.productId())));
        Map<ProductId, Product> products = reads.products(ids);
        return idle.stream().map(c -> {
            Map<String, Long> value = new HashMap<>();
            int units = 0;
            for (CartLine line : c.cart().lines()) {
                units += line.quantity();
                Product product = products.get(line.productId());
                if (product != null && product.isActive()) {
                    value.merge(product.price().currency(), product.price().times(line.quantity()).amountMinor(),
                            Long::sum);
                }
            }
            return new AbandonedCart(c.customer(), c.cart().lines().size(), units, Amounts.of(value),
                    c.cart().updatedAt());
        }).toList();
    }
}

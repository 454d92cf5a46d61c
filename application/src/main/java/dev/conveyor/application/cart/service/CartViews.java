package dev.conveyor.application.cart.service;

import dev.conveyor.application.cart.port.in.CartView.Availability;
import dev.conveyor.application.cart.port.in.CartView;
import dev.conveyor.application.shared.service.CachedReads;
import dev.conveyor.domain.cart.Cart;
import dev.conveyor.domain.cart.CartLine;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.Money;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Shows a cart with today's prices and stock of its products. */
final class CartViews {

    private final CachedReads reads;

    CartViews(CachedReads reads) {
        this.reads = reads;
    }

    CartView of(Cart cart) {
        Map<ProductId, Product> products = reads.products(
                new LinkedHashSet<>(cart.lines().stream().map(CartLine::productId).toList()));
        List<CartView.Line> lines = new ArrayList<>();
        Map<String, Money> totals = new TreeMap<>();
        int units = 0;
        for (CartLine line : cart.lines()) {
            CartView.Line shown = line(line, products.get(line.productId()));
            lines.add(shown);
            units += line.quantity();
            if (shown.availability() != Availability.UNAVAILABLE) {
                totals.merge(shown.lineTotal().currency(), shown.lineTotal(), Money::plus);
            }
        }
        boolean ready = !lines.isEmpty() && totals.size() == 1
                && lines.stream().allMatch(l -> l.availability() == Availability.AVAILABLE);
        return new CartView(lines, List.copyOf(totals.values()), units, ready, cart.updatedAt());
    }

    private static CartView.Line line(CartLine line, Product product) {
        if (product == null) {
            return new CartView.Line(line.productId(), null, null, null, null, line.quantity(), null, 0,
                    Availability.UNAVAILABLE);
        }
        int available = product.stock().available();
        Availability availability;
        if (!product.isActive()) {
            availability = Availability.UNAVAILABLE;
        } else if (available == 0) {
            availability = Availability.OUT_OF_STOCK;
        } else if (available < line.quantity()) {
            availability = Availability.INSUFFICIENT_STOCK;
        } else {
            availability = Availability.AVAILABLE;
        }
        return new CartView.Line(line.productId(), product.sku().value(), product.details().name(),
                product.details().imageUrl(), product.price(), line.quantity(), product.price().times(line.quantity()),
                product.isActive() ? available : 0, availability);
    }
}

package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.PriceOrderCommand;
import dev.conveyor.application.pricing.port.in.PriceOrderQuery;
import dev.conveyor.application.pricing.port.in.QuoteCommand;
import dev.conveyor.application.pricing.port.in.QuoteQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.service.ProductAccess;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the products as they are now and prices them; an inactive product cannot be quoted, as it cannot be ordered. */
final class QuoteService implements QuoteQuery {

    private final ProductRepositoryPort products;
    private final PriceOrderQuery pricing;

    QuoteService(ProductRepositoryPort products, PriceOrderQuery pricing) {
        this.products = products;
        this.pricing = pricing;
    }

    @Override
    public PriceBreakdown quote(Actor actor, QuoteCommand command) {
        Map<ProductId, Product> found = products.findAllById(
                        command.lines().stream().map(QuoteCommand.Line::productId).distinct().toList())
                .stream().collect(Collectors.toMap(Product::id, Function.identity()));
        List<PriceOrderCommand.Item> items = new ArrayList<>();
        String currency = null;
        for (int i = 0; i < command.lines().size(); i++) {
            QuoteCommand.Line line = command.lines().get(i);
            Product product = found.get(line.productId());
            if (product == null || !product.isActive()) {
                throw ProductAccess.notFound(line.productId());
            }
            if (currency != null && !currency.equals(product.price().currency())) {
                throw new InvalidInputException("lines[" + i + "].productId",
                        "all products of one order must be priced in one currency; " + product.sku() + " is in "
                                + product.price().currency() + ", not " + currency);
            }
            currency = product.price().currency();
            items.add(new PriceOrderCommand.Item(product.id(), product.details().category(), product.price(),
                    line.quantity()));
        }
        return pricing.price(new PriceOrderCommand(items, command.shippingAddress(), command.shippingMethodId(),
                command.couponCode(), actor.kind() == Actor.Kind.USER ? actor.userId() : null));
    }
}

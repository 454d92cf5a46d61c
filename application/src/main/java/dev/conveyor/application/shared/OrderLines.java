package dev.conveyor.application.shared;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** The checks every command holding an order's lines makes, naming {@code lines[i].member} on failure. */
public final class OrderLines {

    private OrderLines() {
    }

    /** @return an unmodifiable copy of the lines: one to {@link Order#MAX_LINES}, each a product and a quantity */
    public static <L> List<L> checked(List<L> lines, Function<L, ProductId> productId, ToIntFunction<L> quantity) {
        Check.notNull("lines", lines);
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "an order needs at least one line");
        }
        if (lines.size() > Order.MAX_LINES) {
            throw new InvalidInputException("lines", "an order has at most " + Order.MAX_LINES + " lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            L line = lines.get(i);
            if (line == null) {
                throw new InvalidInputException("lines[" + i + "]", "lines[" + i + "] is required");
            }
            Check.notNull("lines[" + i + "].productId", productId.apply(line));
            Check.range("lines[" + i + "].quantity", quantity.applyAsInt(line), 1, Order.MAX_QUANTITY_PER_LINE);
        }
        return List.copyOf(lines);
    }
}

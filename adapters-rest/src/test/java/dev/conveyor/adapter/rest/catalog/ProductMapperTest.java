package dev.conveyor.adapter.rest.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.adapter.rest.Fixtures;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductMapperTest {

    private final ProductMapper mapper = new ProductMapperImpl();

    @Test
    void aProductBecomesItsJson() {
        ProductId id = ProductId.newId();

        ProductResponse response = mapper.toResponse(Fixtures.product(id));

        assertEquals(new ProductResponse(id.value(), "MUG-1", "Mug", "A mug", "kitchen",
                "https://img.example.com/mug.png", new MoneyResponse(1299, "EUR"), true, Fixtures.SELLER.value(),
                new ProductResponse.StockResponse(10, 4, 6), 3, Fixtures.NOW, Fixtures.NOW, 7, List.of()), response);
    }

    @Test
    void aStockAdjustmentBecomesItsJson() {
        ProductId product = ProductId.newId();
        UserId actor = UserId.newId();
        StockAdjustment adjustment = Fixtures.adjustment(product, actor);

        assertEquals(new StockAdjustmentResponse(adjustment.id(), product.value(), StockAdjustment.Kind.RESTOCK, 5, 10,
                15, "delivery", actor.value(), Fixtures.NOW), mapper.toResponse(adjustment));
    }
}

package dev.conveyor.adapter.rest.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.conveyor.adapter.rest.common.MoneyRequest;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase.CreateProductCommand;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase.UpdateProductCommand;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProductRequestsTest {

    private static final MoneyRequest PRICE = new MoneyRequest(new BigDecimal(1500), "EUR");
    private static final ProductDetails CURRENT = new ProductDetails("Mug", "A mug", "kitchen",
            "https://img.example.com/mug.png");

    private static CreateProductRequest create(String sku, String name, String category, MoneyRequest price,
                                               String initialStock, String sellerId) {
        return new CreateProductRequest(sku, name, null, category, null, price,
                initialStock == null ? null : new BigDecimal(initialStock), null, sellerId);
    }

    private static String fieldOf(Runnable conversion) {
        return assertThrows(InvalidInputException.class, conversion::run).field();
    }

    @Test
    void aNewProductBecomesTheCommandWithDefaults() {
        UUID seller = UUID.randomUUID();
        CreateProductCommand command = create("mug-2", "Big mug", "kitchen", PRICE, null, seller.toString())
                .toCommand();

        assertEquals("MUG-2", command.sku().value());
        assertEquals(new ProductDetails("Big mug", null, "kitchen", null), command.details());
        assertEquals(Money.of(1500, "EUR"), command.price());
        assertEquals(0, command.initialStock());
        assertEquals(0, command.lowStockThreshold());
        assertEquals(seller, command.sellerId().value());
    }

    @Test
    void aNewProductsBadFieldsAreNamed() {
        assertEquals("sku", fieldOf(() -> create(null, "Mug", "kitchen", PRICE, "1", null).toCommand()));
        assertEquals("name", fieldOf(() -> create("M-1", " ", "kitchen", PRICE, "1", null).toCommand()));
        assertEquals("category", fieldOf(() -> create("M-1", "Mug", null, PRICE, "1", null).toCommand()));
        assertEquals("price", fieldOf(() -> create("M-1", "Mug", "kitchen", null, "1", null).toCommand()));
        assertEquals("price.amountMinor", fieldOf(() -> create("M-1", "Mug", "kitchen",
                new MoneyRequest(new BigDecimal("9.99"), "EUR"), "1", null).toCommand()));
        assertEquals("price.currency", fieldOf(() -> create("M-1", "Mug", "kitchen",
                new MoneyRequest(BigDecimal.TEN, null), "1", null).toCommand()));
        assertEquals("initialStock", fieldOf(() -> create("M-1", "Mug", "kitchen", PRICE, "-1", null).toCommand()));
        assertEquals("sellerId", fieldOf(() -> create("M-1", "Mug", "kitchen", PRICE, "1", "me").toCommand()));
        assertEquals("imageUrl", fieldOf(() -> new CreateProductRequest("M-1", "Mug", null, "kitchen",
                "ftp://x", PRICE, null, null, null).toCommand()));
    }

    @Test
    void aPartialUpdateKeepsTheRestOfTheDescription() {
        UpdateProductCommand command = new UpdateProductRequest(null, "", null, null, null, null, new BigDecimal(4))
                .toCommand(() -> CURRENT);

        assertEquals(new ProductDetails("Mug", null, "kitchen", "https://img.example.com/mug.png"),
                command.details(), "a blank description clears it, the rest stays");
        assertNull(command.price());
        assertNull(command.active());
        assertEquals(4, command.lowStockThreshold());
    }

    @Test
    void anUpdateLeavingTheDescriptionAloneDoesNotReadIt() {
        Supplier<ProductDetails> unused = () -> fail("the current description was read");
        UpdateProductCommand command = new UpdateProductRequest(null, null, null, null, PRICE, true, null)
                .toCommand(unused);

        assertNull(command.details());
        assertEquals(Money.of(1500, "EUR"), command.price());
        assertEquals(Boolean.TRUE, command.active());
        assertNull(command.lowStockThreshold());
    }

    @Test
    void anUpdatesBadFieldsAreNamed() {
        assertEquals("name", fieldOf(() -> new UpdateProductRequest(" ", null, null, null, null, null, null)
                .toCommand(() -> CURRENT)));
        assertEquals("price.currency", fieldOf(() -> new UpdateProductRequest(null, null, null, null,
                new MoneyRequest(BigDecimal.ONE, "XXXX"), null, null).toCommand(() -> CURRENT)));
        assertEquals("lowStockThreshold", fieldOf(() -> new UpdateProductRequest(null, null, null, null, null, null,
                new BigDecimal("2.5")).toCommand(() -> CURRENT)));
    }

    @Test
    void stockAdjustmentsNameTheirFields() {
        assertEquals(new StockAdjustment.Request(StockAdjustment.Kind.CORRECTION, 0, "count"),
                new StockAdjustmentRequest("correction", BigDecimal.ZERO, "count").toRequest());
        assertEquals("kind", fieldOf(() -> new StockAdjustmentRequest("GIFT", BigDecimal.ONE, "x").toRequest()));
        assertEquals("quantity", fieldOf(() -> new StockAdjustmentRequest("RESTOCK", null, "x").toRequest()));
        assertEquals("quantity", fieldOf(() -> new StockAdjustmentRequest("RESTOCK", BigDecimal.ZERO, "x")
                .toRequest()));
        assertEquals("reason", fieldOf(() -> new StockAdjustmentRequest("RESTOCK", BigDecimal.ONE, " ").toRequest()));
    }
}

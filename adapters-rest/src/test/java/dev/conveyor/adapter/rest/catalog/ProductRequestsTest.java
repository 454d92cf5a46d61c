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
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProductRequestsTest {

    private static final MoneyRequest PRICE = new MoneyRequest(new BigDecimal(1500), "EUR");
    private static final ProductDetails CURRENT = new ProductDetails("Mug", "A mug", "kitchen",
            "https://img.example.com/mug.png");

    private static CreateProductRequest create(String sku, String name, String category, MoneyRequest price,
                                               String initialStock, String sellerId) {
        return new CreateProductRequest(sku, name, null, category, null, price,
                initialStock == null ? null : new BigDecimal(initialStock), null, sellerId, null);
    }

    private static final Function<UUID, String> NO_CATEGORIES = id -> fail("no category id was given");
    private static final UUID KITCHEN = UUID.randomUUID();

    private static String fieldOf(Runnable conversion) {
        return assertThrows(InvalidInputException.class, conversion::run).field();
    }

    @Test
    void aNewProductBecomesTheCommandWithDefaults() {
        UUID seller = UUID.randomUUID();
        CreateProductCommand command = create("mug-2", "Big mug", "kitchen", PRICE, null, seller.toString())
                .toCommand(NO_CATEGORIES);

        assertEquals("MUG-2", command.sku().value());
        assertEquals(new ProductDetails("Big mug", null, "kitchen", null), command.details());
        assertEquals(Money.of(1500, "EUR"), command.price());
        assertEquals(0, command.initialStock());
        assertEquals(0, command.lowStockThreshold());
        assertEquals(seller, command.sellerId().value());
    }

    @Test
    void aNewProductsBadFieldsAreNamed() {
        assertEquals("sku", fieldOf(() -> create(null, "Mug", "kitchen", PRICE, "1", null).toCommand(NO_CATEGORIES)));
        assertEquals("name", fieldOf(() -> create("M-1", " ", "kitchen", PRICE, "1", null).toCommand(NO_CATEGORIES)));
        assertEquals("category", fieldOf(() -> create("M-1", "Mug", null, PRICE, "1", null).toCommand(NO_CATEGORIES)));
        assertEquals("price", fieldOf(() -> create("M-1", "Mug", "kitchen", null, "1", null).toCommand(NO_CATEGORIES)));
        assertEquals("price.amountMinor", fieldOf(() -> create("M-1", "Mug", "kitchen",
                new MoneyRequest(new BigDecimal("9.99"), "EUR"), "1", null).toCommand(NO_CATEGORIES)));
        assertEquals("price.currency", fieldOf(() -> create("M-1", "Mug", "kitchen",
                new MoneyRequest(BigDecimal.TEN, null), "1", null).toCommand(NO_CATEGORIES)));
        assertEquals("initialStock", fieldOf(() -> create("M-1", "Mug", "kitchen", PRICE, "-1", null).toCommand(NO_CATEGORIES)));
        assertEquals("sellerId", fieldOf(() -> create("M-1", "Mug", "kitchen", PRICE, "1", "me").toCommand(NO_CATEGORIES)));
        assertEquals("imageUrl", fieldOf(() -> new CreateProductRequest("M-1", "Mug", null, "kitchen",
                "ftp://x", PRICE, null, null, null, null).toCommand(NO_CATEGORIES)));
    }

    @Test
    void aPartialUpdateKeepsTheRestOfTheDescription() {
        UpdateProductCommand command = new UpdateProductRequest(null, "", null, null, null, null, new BigDecimal(4), null)
                .toCommand(() -> CURRENT, NO_CATEGORIES);

        assertEquals(new ProductDetails("Mug", null, "kitchen", "https://img.example.com/mug.png"),
                command.details(), "a blank description clears it, the rest stays");
        assertNull(command.price());
        assertNull(command.active());
        assertEquals(4, command.lowStockThreshold());
    }

    @Test
    void anUpdateLeavingTheDescriptionAloneDoesNotReadIt() {
        Supplier<ProductDetails> unused = () -> fail("the current description was read");
        UpdateProductCommand command = new UpdateProductRequest(null, null, null, null, PRICE, true, null, null)
                .toCommand(unused, NO_CATEGORIES);

        assertNull(command.details());
        assertEquals(Money.of(1500, "EUR"), command.price());
        assertEquals(Boolean.TRUE, command.active());
        assertNull(command.lowStockThreshold());
    }

    @Test
    void anUpdatesBadFieldsAreNamed() {
        assertEquals("name", fieldOf(() -> new UpdateProductRequest(" ", null, null, null, null, null, null, null)
                .toCommand(() -> CURRENT, NO_CATEGORIES)));
        assertEquals("price.currency", fieldOf(() -> new UpdateProductRequest(null, null, null, null,
                new MoneyRequest(BigDecimal.ONE, "XXXX"), null, null, null).toCommand(() -> CURRENT, NO_CATEGORIES)));
        assertEquals("lowStockThreshold", fieldOf(() -> new UpdateProductRequest(null, null, null, null, null, null,
                new BigDecimal("2.5"), null).toCommand(() -> CURRENT, NO_CATEGORIES)));
    }

    @Test
    void aCategoryPickedByIdGivesItsName() {
        Function<UUID, String> kitchen = id -> id.equals(KITCHEN) ? "Kitchen" : fail("asked for " + id);
        CreateProductRequest created = new CreateProductRequest("M-1", "Mug", null, null, null, PRICE, null, null,
                null, KITCHEN.toString());
        UpdateProductRequest moved = new UpdateProductRequest(null, null, "ignored", null, null, null, null,
                KITCHEN.toString());

        assertEquals("Kitchen", created.toCommand(kitchen).details().category());
        assertEquals("Kitchen", moved.toCommand(() -> CURRENT, kitchen).details().category());
        assertEquals("categoryId", fieldOf(() -> new CreateProductRequest("M-1", "Mug", null, null, null, PRICE,
                null, null, null, "kitchen").toCommand(kitchen)));
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

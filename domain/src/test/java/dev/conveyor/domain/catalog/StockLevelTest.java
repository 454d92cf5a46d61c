package dev.conveyor.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockLevelTest {

    private static final ProductId PRODUCT = new ProductId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    private static final UserId SELLER = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000b001"));
    private static final Instant NOW = Instant.parse("2026-03-14T10:15:30Z");

    private static Optional<DomainEvent> alert(int threshold, int availableBefore, int availableAfter) {
        StockLevel level = new StockLevel(PRODUCT, new Sku("MUG-1"), SELLER, new Stock(availableAfter + 4, 4),
                threshold);
        return level.alertAfterChange(availableBefore, NOW);
    }

    @ParameterizedTest(name = "threshold {0}: {1} -> {2} available raises {3}")
    @CsvSource({
            "5, 6,  5, inventory:low-stock",
            "5, 6,  1, inventory:low-stock",
            "5, 99, 3, inventory:low-stock",
            "5, 6,  6, none",
            "5, 10, 6, none",
            "5, 5,  4, none",
            "5, 5,  5, none",
            "5, 1,  0, inventory:out-of-stock",
            "5, 6,  0, inventory:out-of-stock",
            "5, 99, 0, inventory:out-of-stock",
            "5, 0,  0, none",
            "5, 0,  3, none",
            "5, 3,  10, none",
            "5, 4,  5, none",
            "0, 5,  1, none",
            "0, 1,  0, inventory:out-of-stock",
            "1, 2,  1, inventory:low-stock",
            "1, 1,  1, none"})
    void anAlertIsRaisedExactlyWhenTheChangeCrossesALine(int threshold, int before, int after, String expected) {
        assertEquals(expected, alert(threshold, before, after).map(DomainEvent::type).orElse("none"));
    }

    @Test
    void theLowStockAlertTellsWhatIsLeftAndTheThreshold() {
        DomainEvent event = alert(5, 6, 2).orElseThrow();

        ProductEvents.LowStock low = assertInstanceOf(ProductEvents.LowStock.class, event);
        assertEquals("product", low.aggregateType());
        assertEquals(PRODUCT.value(), low.aggregateId());
        assertEquals(Set.of(SELLER.value()), low.sellerIds());
        assertEquals(NOW, low.occurredAt());
        assertEquals(Map.of("productId", PRODUCT.value().toString(), "sku", "MUG-1", "available", 2, "threshold", 5),
                low.payload());
    }

    @Test
    void theOutOfStockAlertNamesTheProduct() {
        DomainEvent event = alert(5, 6, 0).orElseThrow();

        assertEquals(Set.of(SELLER.value()), event.sellerIds());
        assertEquals(Map.of("productId", PRODUCT.value().toString(), "sku", "MUG-1", "available", 0),
                event.payload());
    }
}

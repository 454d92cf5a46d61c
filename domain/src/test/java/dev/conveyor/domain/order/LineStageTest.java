package dev.conveyor.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineStageTest {

    @ParameterizedTest(name = "{0}, 10 ordered, {1} shipped, {2} delivered, {3} cancelled -> {4}")
    @CsvSource({
            "PENDING,    0,  0,  0, PENDING",
            "CONFIRMED,  0,  0,  0, PENDING",
            "PROCESSING, 0,  0,  0, PROCESSING",
            "CONFIRMED,  4,  0,  0, PROCESSING",
            "PROCESSING, 4,  2,  0, PROCESSING",
            "PROCESSING, 10, 0,  0, SHIPPED",
            "PROCESSING, 10, 9,  0, SHIPPED",
            "PROCESSING, 7,  3,  3, SHIPPED",
            "PROCESSING, 10, 10, 0, DELIVERED",
            "COMPLETED,  10, 10, 0, DELIVERED",
            "PROCESSING, 6,  6,  4, DELIVERED",
            "PROCESSING, 0,  0,  10, CANCELLED",
            "CANCELLED,  0,  0,  10, CANCELLED",
            "CANCELLED,  0,  0,  0, CANCELLED",
            "COMPLETED,  5,  0,  0, PROCESSING"
    })
    void theStageFollowsTheOrderStatusAndTheLinesQuantities(OrderStatus status, int shipped, int delivered,
                                                            int cancelled, LineStage expected) {
        OrderLine line = new OrderLine(1, ProductId.newId(), new Sku("SKU-1"), "Thing", Money.of(100, "EUR"), 10,
                UserId.newId(), shipped, delivered, cancelled);

        assertEquals(expected, LineStage.of(status, line));
    }
}

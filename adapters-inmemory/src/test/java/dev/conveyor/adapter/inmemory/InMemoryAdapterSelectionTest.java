package dev.conveyor.adapter.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.inmemory.event.InMemoryEventLogAdapter;
import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.application.catalog.port.out.StockAdjustmentLogPort;
import dev.conveyor.application.ordering.port.out.OrderNumberPort;
import dev.conveyor.application.shared.port.out.EventLogPort.EventMetadata;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.application.shared.port.out.IdempotencyPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.catalog.Product;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryAdapterSelectionTest {

    private static final List<Class<?>> PORTS = List.of(TransactionPort.class, UserRepositoryPort.class,
            RefreshTokenPort.class, ProductRepositoryPort.class, StockPort.class, StockAdjustmentLogPort.class,
            OrderRepositoryPort.class, OrderNumberPort.class, IdempotencyPort.class, EventLogPort.class);

    @Test
    void everyPersistencePortIsServedInMemoryWhenSelected() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("conveyor.persistence", "memory"))) {
            for (Class<?> port : PORTS) {
                assertTrue(context.getBean(port).getClass().getSimpleName().startsWith("InMemory"), port.getName());
            }
        }
    }

    @Test
    void theAdaptersOfOneContextShareOneStore() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("conveyor.persistence", "memory"))) {
            TransactionPort transactions = context.getBean(TransactionPort.class);
            Product product = Fixtures.product("SKU-1", 1);
            EventMetadata metadata = new EventMetadata("corr", null, null);

            assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
                context.getBean(ProductRepositoryPort.class).insert(product);
                context.getBean(EventLogPort.class).append(product.pullEvents(), metadata);
                throw new IllegalStateException("rolled back");
            }));

            assertTrue(context.getBean(ProductRepositoryPort.class).findById(product.id()).isEmpty());
            assertEquals(List.of(), assertInstanceOf(InMemoryEventLogAdapter.class,
                    context.getBean(EventLogPort.class)).events());
        }
    }

    @Test
    void noInMemoryAdapterExistsUnlessSelected() {
        for (Map<String, Object> properties : List.<Map<String, Object>>of(Map.of(),
                Map.of("conveyor.persistence", "jdbc"))) {
            try (ApplicationContext context = ApplicationContext.run(properties)) {
                for (Class<?> port : PORTS) {
                    assertTrue(context.findBean(port).isEmpty(), port.getName() + " with " + properties);
                }
            }
        }
    }
}

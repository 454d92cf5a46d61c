package dev.conveyor.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.application.catalog.port.out.StockAdjustmentLogPort;
import dev.conveyor.application.ordering.port.out.OrderNumberPort;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.application.shared.port.out.IdempotencyPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code conveyor.persistence} picks the adapters: JDBC unless set to another value. */
class AdapterSelectionTest {

    private static final List<Class<?>> PORTS = List.of(TransactionPort.class, UserRepositoryPort.class,
            RefreshTokenPort.class, ProductRepositoryPort.class, StockPort.class, StockAdjustmentLogPort.class,
            OrderRepositoryPort.class, OrderNumberPort.class, IdempotencyPort.class, EventLogPort.class);

    @Test
    void everyPortIsServedByJdbcByDefault() {
        try (ApplicationContext context = ApplicationContext.run(h2())) {
            for (Class<?> port : PORTS) {
                String adapter = context.getBean(port).getClass().getName();
                assertTrue(adapter.startsWith("dev.conveyor.adapter.persistence."), port.getSimpleName() + ": " + adapter);
            }
        }
    }

    @Test
    void noJdbcAdapterExistsWhenAnotherPersistenceIsChosen() {
        Map<String, Object> properties = new HashMap<>(h2());
        properties.put("conveyor.persistence", "memory");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            for (Class<?> port : PORTS) {
                assertTrue(context.getBeansOfType(port).isEmpty(), port.getSimpleName());
            }
        }
    }

    private static Map<String, Object> h2() {
        return new HashMap<>(new OnH2() { }.getProperties());
    }
}

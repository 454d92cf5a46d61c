package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.port.out.AccessTokenPort;
import dev.conveyor.application.port.out.CachePort;
import dev.conveyor.application.port.out.EventLogPort;
import dev.conveyor.application.port.out.IdempotencyPort;
import dev.conveyor.application.port.out.LockPort;
import dev.conveyor.application.port.out.NotificationPort;
import dev.conveyor.application.port.out.OrderNumberPort;
import dev.conveyor.application.port.out.OrderRepositoryPort;
import dev.conveyor.application.port.out.PasswordHasherPort;
import dev.conveyor.application.port.out.ProductRepositoryPort;
import dev.conveyor.application.port.out.RateLimitPort;
import dev.conveyor.application.port.out.RefreshTokenPort;
import dev.conveyor.application.port.out.StockAdjustmentLogPort;
import dev.conveyor.application.port.out.StockPort;
import dev.conveyor.application.port.out.TransactionPort;
import dev.conveyor.application.port.out.UserRepositoryPort;
import dev.conveyor.application.service.CorePorts;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Collects the adapter beans the configuration activated into the core's port set. */
@Factory
public class PortsFactory {

    @Singleton
    @SuppressWarnings("java:S107") // one parameter per port is the point of this method
    CorePorts corePorts(TransactionPort transactions, UserRepositoryPort users, RefreshTokenPort refreshTokens,
                        PasswordHasherPort passwordHasher, AccessTokenPort accessTokens, RateLimitPort rateLimits,
                        ProductRepositoryPort products, StockPort stock, StockAdjustmentLogPort stockAdjustments,
                        OrderRepositoryPort orders, OrderNumberPort orderNumbers, IdempotencyPort idempotency,
                        EventLogPort eventLog, NotificationPort notifications, LockPort locks, CachePort cache) {
        return new CorePorts(transactions, users, refreshTokens, passwordHasher, accessTokens, rateLimits, products,
                stock, stockAdjustments, orders, orderNumbers, idempotency, eventLog, notifications, locks, cache);
    }
}

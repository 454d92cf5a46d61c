package dev.conveyor.application.service;

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

/** Every out-port the core needs; whichever adapters fill it, the core behaves the same. */
public record CorePorts(TransactionPort transactions, UserRepositoryPort users, RefreshTokenPort refreshTokens,
                        PasswordHasherPort passwordHasher, AccessTokenPort accessTokens, RateLimitPort rateLimits,
                        ProductRepositoryPort products, StockPort stock, StockAdjustmentLogPort stockAdjustments,
                        OrderRepositoryPort orders, OrderNumberPort orderNumbers, IdempotencyPort idempotency,
                        EventLogPort eventLog, NotificationPort notifications, LockPort locks,
                        CachePort cache) {
}

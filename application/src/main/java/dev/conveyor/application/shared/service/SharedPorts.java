package dev.conveyor.application.shared.service;

import dev.conveyor.application.shared.port.out.CachePort;
import dev.conveyor.application.shared.port.out.CreditNoteRepositoryPort;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.application.shared.port.out.IdempotencyPort;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.shared.port.out.NotificationPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.PaymentLedgerPort;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.RateLimitPort;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;

/**
 * The out-ports more than one feature needs; each feature's assembly takes
 * these and its own. Whichever adapters fill them, the core behaves the same.
 */
public record SharedPorts(TransactionPort transactions, UserRepositoryPort users, ProductRepositoryPort products,
                          StockPort stock, OrderRepositoryPort orders, InvoiceRepositoryPort invoices,
                          PaymentLedgerPort ledger, CreditNoteRepositoryPort creditNotes,
                          IdempotencyPort idempotency, EventLogPort eventLog,
                          NotificationPort notifications, CachePort cache, RateLimitPort rateLimits) {
}

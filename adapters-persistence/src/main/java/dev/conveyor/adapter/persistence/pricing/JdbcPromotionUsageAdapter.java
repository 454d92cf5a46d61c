package dev.conveyor.adapter.persistence.pricing;

import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.pricing.port.out.PromotionUsagePort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.pricing.CouponUnavailableException;
import dev.conveyor.domain.pricing.PromotionId;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A claim is decided by the database, never by a read followed by a write: the order's usage row goes in
 * first (a second claim for the same order finds it and stops), then one conditional update takes a use
 * only while {@code used < usage_limit}. That update holds the promotion's row lock until the transaction
 * ends, so every other claim of the coupon waits for it; under that lock the customer's usage rows are
 * counted, and a later claim counts this one once it commits. A refusal throws, and the transaction rolls
 * back what the claim wrote. Runs in the caller's transaction (placement's), or in one of its own.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcPromotionUsageAdapter implements PromotionUsagePort {

    private static final String INSERT = "INSERT INTO promotion_usages (promotion_id, order_id, customer_id, "
            + "claimed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String COUNT = "SELECT COUNT(*) FROM promotion_usages WHERE promotion_id = ? AND customer_id = ?";

    private final Jdbc jdbc;
    private final TransactionPort transactions;
    private final Clock clock;
    private final String take;
    private final String giveBackUsages;

    JdbcPromotionUsageAdapter(Jdbc jdbc, TransactionPort transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.take = jdbc.dialect().updateReturning("UPDATE promotions SET used = used + 1 WHERE id = ? "
                + "AND (usage_limit IS NULL OR used < usage_limit)", "code, per_customer_limit");
        this.giveBackUsages = jdbc.dialect().deleteReturning("DELETE FROM promotion_usages WHERE order_id = ?",
                "promotion_id");
    }

    @Override
    public void claim(PromotionId promotion, UserId customer, OrderId order) {
        transactions.inTransaction(() -> {
            int inserted = jdbc.update(INSERT, statement -> {
                statement.setObject(1, promotion.value());
                statement.setObject(2, order.value());
                statement.setObject(3, customer.value());
                setInstant(statement, 4, clock.instant());
            });
            if (inserted == 0) {
                return;
            }
            Optional<Taken> taken = jdbc.one(take, statement -> statement.setObject(1, promotion.value()),
                    row -> {
                        int limit = row.getInt("per_customer_limit");
                        Integer perCustomer = row.wasNull() ? null : limit;
                        return new Taken(row.getString("code"), perCustomer);
                    });
            if (taken.isEmpty()) {
                throw CouponUnavailableException.exhausted(codeOf(promotion));
            }
            Integer perCustomer = taken.get().perCustomerLimit();
            if (perCustomer != null && usesBy(promotion, customer) > perCustomer) {
                throw CouponUnavailableException.perCustomer(taken.get().code(), perCustomer);
            }
        });
    }

    @Override
    public void release(OrderId order) {
        transactions.inTransaction(() -> {
            List<UUID> released = jdbc.list(giveBackUsages, statement -> statement.setObject(1, order.value()),
                    row -> uuid(row, "promotion_id"));
            // in id order, as every writer of several promotion rows, so two releases cannot deadlock
            jdbc.batch("UPDATE promotions SET used = used - 1 WHERE id = ?", released.stream().sorted().toList(),
                    (statement, id) -> statement.setObject(1, id));
        });
    }

    @Override
    public int usesBy(PromotionId promotion, UserId customer) {
        return jdbc.one(COUNT, statement -> {
            statement.setObject(1, promotion.value());
            statement.setObject(2, customer.value());
        }, row -> row.getInt(1)).orElse(0);
    }

    private String codeOf(PromotionId promotion) {
        return jdbc.one("SELECT code FROM promotions WHERE id = ?", statement -> statement.setObject(1, promotion.value()),
                row -> row.getString(1)).orElseThrow(() -> new IllegalStateException("no promotion " + promotion));
    }

    private record Taken(String code, Integer perCustomerLimit) {
    }
}

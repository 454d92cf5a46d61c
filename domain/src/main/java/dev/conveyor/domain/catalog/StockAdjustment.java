package dev.conveyor.domain.catalog;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.Ids;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * A recorded change of the units on hand, with who made it and why: a restock
 * adds units, a correction sets the counted quantity.
 */
public record StockAdjustment(UUID id, ProductId productId, Kind kind, int quantity, int onHandBefore,
                              int onHandAfter, String reason, UserId actorId, Instant at) {

    public enum Kind {
        /** {@code quantity} units arrived. */
        RESTOCK,
        /** Stock was counted: {@code quantity} is the new number on hand. */
        CORRECTION
    }

    /** What a user asked for, validated before it reaches the database. */
    public record Request(Kind kind, int quantity, String reason) {
        public Request {
            Check.notNull("kind", kind);
            if (kind == Kind.RESTOCK) {
                Check.range("quantity", quantity, 1, Product.MAX_STOCK);
            } else {
                Check.range("quantity", quantity, 0, Product.MAX_STOCK);
            }
            reason = Check.text("reason", reason, 500);
        }

        public StockAdjustment recorded(ProductId productId, int onHandBefore, int onHandAfter, UserId actor,
                                        Instant now) {
            return new StockAdjustment(Ids.newId(), productId, kind, quantity, onHandBefore, onHandAfter, reason,
                    actor, now);
        }
    }
}

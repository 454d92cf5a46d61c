package dev.conveyor.application.returns.port.out;

import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.returns.ReturnStatus;
import java.util.List;
import java.util.Optional;

/** Returns, and per order line the units they hold (never more than were delivered). */
public interface ReturnRepositoryPort {

    /** The next return sequence number: unique, increasing, never reused (gaps are allowed). */
    long nextSequence();

    /**
     * Raises the units returned of an order line by {@code quantity} if they stay within {@code delivered}:
     * the store decides, so concurrent returns of one line can never hold more than was delivered.
     * Call inside the transaction that opens the return, with the order's row locked.
     *
     * @return false (nothing changed) when that would exceed {@code delivered}
     */
    boolean holdUnits(OrderId orderId, int lineNo, int quantity, int delivered);

    /** Gives back units a rejected or cancelled return held. */
    void releaseUnits(OrderId orderId, int lineNo, int quantity);

    void insert(Return rma);

    /** Writes its status, decision, dispositions and credit note; its lines' units never change. */
    void update(Return rma);

    Optional<Return> findById(ReturnId id);

    /** The return, its row locked until the transaction ends. */
    Optional<Return> lockById(ReturnId id);

    /** The order's returns, oldest first. */
    List<Return> findByOrder(OrderId orderId);

    /** @param status null for every status; oldest first */
    List<Return> findByStatus(ReturnStatus status, long offset, int limit);

    /** @param status null for every status */
    long countByStatus(ReturnStatus status);
}

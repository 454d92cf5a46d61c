package dev.conveyor.domain.returns;

import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.event.PendingEvents;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A return (RMA): delivered units of an order's lines the customer sends back, each line with a reason.
 * Staff approve or reject it, record its arrival with what becomes of each line's units, and refund it.
 * The units it holds count against what was delivered until it is rejected or cancelled; that limit
 * across concurrent returns is kept by the repository, this class checks one return against the order.
 */
public final class Return {

    public static final int MAX_REASON = 500;

    private final ReturnId id;
    private final ReturnNumber number;
    private final OrderId orderId;
    private final String orderNumber;
    private final UserId customerId;
    private List<ReturnLine> lines;
    private ReturnStatus status;
    private final UserId openedBy;
    private final Instant openedAt;
    private String decisionReason;
    private UUID creditNoteId;
    private Instant updatedAt;
    private final long version;
    private final PendingEvents events = new PendingEvents();

    @SuppressWarnings("java:S107")
    private Return(ReturnId id, ReturnNumber number, OrderId orderId, String orderNumber, UserId customerId,
                   List<ReturnLine> lines, ReturnStatus status, UserId openedBy, Instant openedAt,
                   String decisionReason, UUID creditNoteId, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.lines = List.copyOf(lines);
        this.status = Objects.requireNonNull(status, "status");
        this.openedBy = openedBy;
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.decisionReason = decisionReason;
        this.creditNoteId = creditNoteId;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /** What the customer sends back of one line. */
    public record Request(int quantity, String reason) {
        public Request {
            Check.range("quantity", quantity, 1, Order.MAX_QUANTITY_PER_LINE);
            reason = Check.text("reason", reason, MAX_REASON);
        }
    }

    /**
     * @param requested units per order line number, in the order they were named
     * @param sequence  unique across all years (the return's number)
     */
    public static Return open(ReturnId id, long sequence, Order order, Map<Integer, Request> requested,
                              UserId openedBy, Instant now) {
        if (requested.isEmpty()) {
            throw new InvalidInputException("lines", "a return names at least one line");
        }
        List<ReturnLine> lines = new ArrayList<>();
        requested.forEach((lineNo, request) -> {
            OrderLine line = order.line(lineNo).orElseThrow(() -> new InvalidInputException("lines",
                    "order " + order.number() + " has no line " + lineNo));
            if (request.quantity() > line.delivered()) {
                throw new ConflictException("RETURN_EXCEEDS_DELIVERED", "line " + lineNo + " of order "
                        + order.number() + " has " + line.delivered() + " units delivered, not " + request.quantity());
            }
            lines.add(new ReturnLine(lineNo, line.productId(), line.sellerId(), request.quantity(),
                    request.reason(), null));
        });
        Return opened = new Return(id, ReturnNumber.of(now.atZone(ZoneOffset.UTC).getYear(), sequence),
                order.id(), order.number().value(), order.customerId(), lines, ReturnStatus.REQUESTED, openedBy,
                now, null, null, now, 0);
        opened.record("return:requested", now);
        return opened;
    }

    @SuppressWarnings("java:S107")
    public static Return rehydrate(ReturnId id, ReturnNumber number, OrderId orderId, String orderNumber,
                                   UserId customerId, List<ReturnLine> lines, ReturnStatus status, UserId openedBy,
                                   Instant openedAt, String decisionReason, UUID creditNoteId, Instant updatedAt,
                                   long version) {
        return new Return(id, number, orderId, orderNumber, customerId, lines, status, openedBy, openedAt,
                decisionReason, creditNoteId, updatedAt, version);
    }

    public void approve(Instant now) {
        move(ReturnStatus.REQUESTED, ReturnStatus.APPROVED, now);
        record("return:approved", now);
    }

    public void reject(String reason, Instant now) {
        String checked = Check.text("reason", reason, MAX_REASON);
        move(ReturnStatus.REQUESTED, ReturnStatus.REJECTED, now);
        decisionReason = checked;
        record("return:rejected", now);
    }

    /** @param dispositions one per line of the return, by order line number */
    public void receive(Map<Integer, Disposition> dispositions, Instant now) {
        for (Integer lineNo : dispositions.keySet()) {
            if (lines.stream().noneMatch(line -> line.lineNo() == lineNo)) {
                throw new InvalidInputException("lines", "return " + number + " holds no line " + lineNo);
            }
        }
        List<ReturnLine> received = new ArrayList<>();
        for (ReturnLine line : lines) {
            Disposition chosen = dispositions.get(line.lineNo());
            if (chosen == null) {
                throw new InvalidInputException("lines", "line " + line.lineNo() + " needs a disposition");
            }
            received.add(line.received(chosen));
        }
        move(ReturnStatus.APPROVED, ReturnStatus.RECEIVED, now);
        lines = List.copyOf(received);
        record("return:received", now);
    }

    public void refunded(UUID creditNote, Instant now) {
        Objects.requireNonNull(creditNote, "creditNote");
        move(ReturnStatus.RECEIVED, ReturnStatus.REFUNDED, now);
        creditNoteId = creditNote;
        record("return:refunded", now);
    }

    public void cancel(Instant now) {
        if (status != ReturnStatus.REQUESTED && status != ReturnStatus.APPROVED) {
            throw invalid(ReturnStatus.CANCELLED);
        }
        status = ReturnStatus.CANCELLED;
        updatedAt = now;
        record("return:cancelled", now);
    }

    private void move(ReturnStatus from, ReturnStatus to, Instant now) {
        if (status != from) {
            throw invalid(to);
        }
        status = to;
        updatedAt = now;
    }

    private ConflictException invalid(ReturnStatus target) {
        return new ConflictException("INVALID_RETURN_TRANSITION", "return " + number + " is " + status
                + " and cannot become " + target);
    }

    private void record(String type, Instant now) {
        events.add(ReturnEvents.ReturnChanged.of(type, this, now));
    }

    public boolean hasLinesOf(UserId sellerId) {
        return lines.stream().anyMatch(line -> line.sellerId().equals(sellerId));
    }

    /** The return as one seller may read it: their lines only (another seller's products are not theirs to see). */
    public Return linesOf(UserId sellerId) {
        return new Return(id, number, orderId, orderNumber, customerId,
                lines.stream().filter(line -> line.sellerId().equals(sellerId)).toList(), status, openedBy, openedAt,
                decisionReason, creditNoteId, updatedAt, version);
    }

    public Set<UUID> sellerIds() {
        Set<UUID> sellers = new LinkedHashSet<>();
        lines.forEach(line -> sellers.add(line.sellerId().value()));
        return Set.copyOf(sellers);
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    public ReturnId id() {
        return id;
    }

    public ReturnNumber number() {
        return number;
    }

    public OrderId orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public UserId customerId() {
        return customerId;
    }

    public List<ReturnLine> lines() {
        return lines;
    }

    public ReturnStatus status() {
        return status;
    }

    public UserId openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** Why it was rejected; null otherwise. */
    public String decisionReason() {
        return decisionReason;
    }

    /** The credit note of its refund; null until refunded. */
    public UUID creditNoteId() {
        return creditNoteId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

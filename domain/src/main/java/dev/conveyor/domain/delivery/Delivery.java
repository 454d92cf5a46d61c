package dev.conveyor.domain.delivery;

import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.event.PendingEvents;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderEvents;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A partial shipment of an order: some units of some of its lines, with the
 * carrier, tracking number and the dates it moved. The order's line
 * quantities follow the delivery's status; the use case changes both in one
 * transaction.
 */
public final class Delivery {

    public static final int MAX_CARRIER = 100;
    public static final int MAX_TRACKING = 100;
    public static final int MAX_REASON = 500;

    private final DeliveryId id;
    private final DeliveryNumber number;
    private final OrderId orderId;
    private final String orderNumber;
    private final UserId customerId;
    private final List<DeliveryLine> lines;
    private DeliveryStatus status;
    private String carrier;
    private String trackingNumber;
    private String statusReason;
    private final UserId createdBy;
    private final Instant createdAt;
    private Instant shippedAt;
    private Instant deliveredAt;
    private Instant failedAt;
    private Instant cancelledAt;
    private Instant updatedAt;
    private final long version;
    private final PendingEvents events = new PendingEvents();

    @SuppressWarnings("java:S107") // the stored state, one parameter per column
    private Delivery(DeliveryId id, DeliveryNumber number, OrderId orderId, String orderNumber, UserId customerId,
                     List<DeliveryLine> lines, DeliveryStatus status, String carrier, String trackingNumber,
                     String statusReason, UserId createdBy, Instant createdAt, Instant shippedAt,
                     Instant deliveredAt, Instant failedAt, Instant cancelledAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.orderId = Objects.requireNonNull(orderId);
        this.orderNumber = Objects.requireNonNull(orderNumber);
        this.customerId = Objects.requireNonNull(customerId);
        this.lines = List.copyOf(lines);
        this.status = Objects.requireNonNull(status);
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.statusReason = statusReason;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.shippedAt = shippedAt;
        this.deliveredAt = deliveredAt;
        this.failedAt = failedAt;
        this.cancelledAt = cancelledAt;
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /**
     * A pending delivery of the given units of the order's lines. The order
     * itself checks that they remain ({@link Order#allocate}).
     *
     * @param quantities units per line number, in any order
     */
    public static Delivery create(DeliveryId id, long sequence, Order order, Map<Integer, Integer> quantities,
                                  String carrier, String trackingNumber, UserId createdBy, Instant now) {
        if (quantities.isEmpty()) {
            throw new InvalidInputException("lines", "a delivery needs at least one line");
        }
        List<DeliveryLine> lines = new ArrayList<>();
        new TreeMap<>(quantities).forEach((lineNo, quantity) -> {
            OrderLine line = order.line(lineNo).orElseThrow(() -> new InvalidInputException("lines",
                    "order " + order.number() + " has no line " + lineNo));
            if (quantity < 1) {
                throw new InvalidInputException("lines", "the quantity of line " + lineNo + " must be positive");
            }
            lines.add(DeliveryLine.of(line, quantity));
        });
        int year = now.atZone(ZoneOffset.UTC).getYear();
        Delivery delivery = new Delivery(id, DeliveryNumber.of(year, sequence), order.id(), order.number().value(),
                order.customerId(), lines, DeliveryStatus.PENDING,
                Check.optionalText("carrier", carrier, MAX_CARRIER),
                Check.optionalText("trackingNumber", trackingNumber, MAX_TRACKING), null, createdBy, now, null, null,
                null, null, now, 0);
        delivery.record(new DeliveryEvents.DeliveryCreated(delivery.id.value(), delivery.customerId.value(),
                delivery.sellerIds(), now, delivery.snapshot()));
        return delivery;
    }

    @SuppressWarnings("java:S107")
    public static Delivery rehydrate(DeliveryId id, DeliveryNumber number, OrderId orderId, String orderNumber,
                                     UserId customerId, List<DeliveryLine> lines, DeliveryStatus status,
                                     String carrier, String trackingNumber, String statusReason, UserId createdBy,
                                     Instant createdAt, Instant shippedAt, Instant deliveredAt, Instant failedAt,
                                     Instant cancelledAt, Instant updatedAt, long version) {
        return new Delivery(id, number, orderId, orderNumber, customerId, lines, status, carrier, trackingNumber,
                statusReason, createdBy, createdAt, shippedAt, deliveredAt, failedAt, cancelledAt, updatedAt,
                version);
    }

    /**
     * Moves to {@code target}; carrier and tracking number given here replace
     * the recorded ones.
     *
     * @return the status before
     * @throws InvalidDeliveryTransitionException when {@code target} is not a successor
     */
    public DeliveryStatus changeStatus(DeliveryStatus target, String newCarrier, String newTrackingNumber,
                                       String reason, Instant now) {
        Objects.requireNonNull(target);
        if (!status.canBecome(target)) {
            throw new InvalidDeliveryTransitionException(status, target);
        }
        String checkedCarrier = Check.optionalText("carrier", newCarrier, MAX_CARRIER);
        String checkedTracking = Check.optionalText("trackingNumber", newTrackingNumber, MAX_TRACKING);
        String checkedReason = Check.optionalText("reason", reason, MAX_REASON);
        DeliveryStatus previous = status;
        status = target;
        switch (target) {
            case SHIPPED -> shippedAt = now;
            case DELIVERED -> deliveredAt = now;
            case FAILED -> failedAt = now;
            case CANCELLED -> cancelledAt = now;
            case PENDING -> throw new IllegalStateException("nothing moves back to PENDING");
        }
        if (checkedCarrier != null) {
            carrier = checkedCarrier;
        }
        if (checkedTracking != null) {
            trackingNumber = checkedTracking;
        }
        if (checkedReason != null) {
            statusReason = checkedReason;
        }
        updatedAt = now;
        record(new DeliveryEvents.DeliveryStatusUpdated(id.value(), customerId.value(), sellerIds(), now,
                number.value(), orderId.value(), previous, status, carrier, trackingNumber));
        if (target == DeliveryStatus.SHIPPED || target == DeliveryStatus.DELIVERED) {
            record(new OrderEvents.DeliveryMilestone(orderId.value(), customerId.value(), sellerIds(), now,
                    target == DeliveryStatus.DELIVERED, orderNumber, id.value(), number.value(), carrier,
                    trackingNumber, DeliveryEvents.lines(this)));
        }
        return previous;
    }

    /** Units per order line number. */
    public Map<Integer, Integer> quantitiesByLine() {
        Map<Integer, Integer> byLine = new TreeMap<>();
        lines.forEach(line -> byLine.merge(line.lineNo(), line.quantity(), Integer::sum));
        return byLine;
    }

    public Money total() {
        return lines.stream().map(DeliveryLine::total).reduce(Money.zero(lines.get(0).unitPrice().currency()),
                Money::plus);
    }

    public boolean hasOnlyLinesOf(UserId sellerId) {
        return lines.stream().allMatch(l -> l.sellerId().equals(sellerId));
    }

    public boolean hasLinesOf(UserId sellerId) {
        return lines.stream().anyMatch(l -> l.sellerId().equals(sellerId));
    }

    public Set<UUID> sellerIds() {
        Set<UUID> sellers = new LinkedHashSet<>();
        lines.forEach(l -> sellers.add(l.sellerId().value()));
        return Collections.unmodifiableSet(sellers);
    }

    public DeliveryEvents.DeliverySnapshot snapshot() {
        return new DeliveryEvents.DeliverySnapshot(this);
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    private void record(DomainEvent event) {
        events.add(event);
    }

    public DeliveryId id() {
        return id;
    }

    public DeliveryNumber number() {
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

    public List<DeliveryLine> lines() {
        return lines;
    }

    public DeliveryStatus status() {
        return status;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String statusReason() {
        return statusReason;
    }

    public UserId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version read from storage; saving checks that nobody changed it meanwhile. */
    public long version() {
        return version;
    }
}

package dev.conveyor.domain.invoice;

import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.event.PendingEvents;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.pricing.InvoiceShare;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The bill for one delivery: its lines at the prices the order copied, with
 * their share of the order's discounts and tax, and the shipping charge on the
 * order's first invoice ({@link InvoiceShare}). What is paid on it follows the
 * order's payment ledger ({@link #settle}).
 */
public final class Invoice {

    private final InvoiceId id;
    private final InvoiceNumber number;
    private final OrderId orderId;
    private final String orderNumber;
    private final DeliveryId deliveryId;
    private final String deliveryNumber;
    private final UserId customerId;
    private final Set<UUID> sellerIds;
    private final List<InvoiceLine> lines;
    private final InvoiceShare price;
    private final Money total;
    private Money amountPaid;
    private InvoiceStatus status;
    private final Instant issuedAt;
    private Instant paidAt;
    private Instant voidedAt;
    private Instant updatedAt;
    private final long version;
    private final PendingEvents events = new PendingEvents();

    @SuppressWarnings("java:S107") // the stored state, one parameter per column
    private Invoice(InvoiceId id, InvoiceNumber number, OrderId orderId, String orderNumber, DeliveryId deliveryId,
                    String deliveryNumber, UserId customerId, Set<UUID> sellerIds, List<InvoiceLine> lines,
                    InvoiceShare price, Money total, Money amountPaid, InvoiceStatus status, Instant issuedAt, Instant paidAt,
                    Instant voidedAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.orderId = Objects.requireNonNull(orderId);
        this.orderNumber = Objects.requireNonNull(orderNumber);
        this.deliveryId = Objects.requireNonNull(deliveryId);
        this.deliveryNumber = Objects.requireNonNull(deliveryNumber);
        this.customerId = Objects.requireNonNull(customerId);
        this.sellerIds = Set.copyOf(sellerIds);
        this.lines = List.copyOf(lines);
        this.price = Objects.requireNonNull(price);
        this.total = Objects.requireNonNull(total);
        if (price.lines().size() != lines.size() || price.gross() != total.amountMinor()) {
            throw new IllegalArgumentException("invoice " + number + ": its price does not describe its lines");
        }
        this.amountPaid = Objects.requireNonNull(amountPaid);
        this.status = Objects.requireNonNull(status);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.paidAt = paidAt;
        this.voidedAt = voidedAt;
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /**
     * The invoice of a delivery that has left the warehouse, charging its share of the order's price.
     *
     * @param orderPrice the price the order copied at placement
     * @param earlier    the order's invoices so far: what they charged (void ones no longer count) is not
     *                   charged again, and the first of them that counts carries the shipping charge
     */
    public static Invoice issue(InvoiceId id, long sequence, Delivery delivery, PriceBreakdown orderPrice,
                                List<Invoice> earlier, Instant now) {
        if (delivery.status() != DeliveryStatus.SHIPPED && delivery.status() != DeliveryStatus.DELIVERED) {
            throw new ConflictException("DELIVERY_NOT_INVOICEABLE", "delivery " + delivery.number() + " is "
                    + delivery.status() + "; only shipped or delivered deliveries are invoiced");
        }
        Map<Integer, Integer> invoicedBefore = new HashMap<>();
        earlier.stream().filter(invoice -> !invoice.isVoid()).flatMap(invoice -> invoice.lines.stream())
                .forEach(line -> invoicedBefore.merge(line.lineNo() - 1, line.quantity(), Integer::sum));
        Map<Integer, Integer> delivered = new HashMap<>();
        delivery.lines().forEach(line -> delivered.merge(line.lineNo() - 1, line.quantity(), Integer::sum));
        boolean first = earlier.stream().allMatch(Invoice::isVoid);
        InvoiceShare price = InvoiceShare.of(orderPrice, invoicedBefore, delivered, first);
        List<InvoiceLine> lines = delivery.lines().stream().map(InvoiceLine::of)
                .sorted(Comparator.comparingInt(InvoiceLine::lineNo)).toList();
        Money total = Money.of(price.gross(), orderPrice.currency());
        int year = now.atZone(ZoneOffset.UTC).getYear();
        Invoice invoice = new Invoice(id, InvoiceNumber.of(year, sequence), delivery.orderId(),
                delivery.orderNumber(), delivery.id(), delivery.number().value(), delivery.customerId(),
                delivery.sellerIds(), lines, price, total, Money.zero(total.currency()), InvoiceStatus.ISSUED, now, null,
                null, now, 0);
        invoice.record(new InvoiceEvents.InvoiceGenerated(id.value(), invoice.customerId.value(), invoice.sellerIds,
                now, invoice.number.value(), invoice.orderId.value(), invoice.orderNumber,
                invoice.deliveryId.value(), invoice.deliveryNumber, total));
        return invoice;
    }

    @SuppressWarnings("java:S107")
    public static Invoice rehydrate(InvoiceId id, InvoiceNumber number, OrderId orderId, String orderNumber,
                                    DeliveryId deliveryId, String deliveryNumber, UserId customerId,
                                    Set<UUID> sellerIds, List<InvoiceLine> lines, InvoiceShare price, Money total,
                                    Money amountPaid,
                                    InvoiceStatus status, Instant issuedAt, Instant paidAt, Instant voidedAt,
                                    Instant updatedAt, long version) {
        return new Invoice(id, number, orderId, orderNumber, deliveryId, deliveryNumber, customerId, sellerIds, lines,
                price, total, amountPaid, status, issuedAt, paidAt, voidedAt, updatedAt, version);
    }

    /**
     * The part of the order's payments the ledger applies to this invoice.
     *
     * @return whether anything changed
     */
    public boolean settle(Money applied, Instant now) {
        Objects.requireNonNull(applied);
        if (status == InvoiceStatus.VOID || applied.equals(amountPaid)) {
            return false;
        }
        InvoiceStatus before = status;
        amountPaid = applied;
        if (applied.amountMinor() >= total.amountMinor()) {
            status = InvoiceStatus.PAID;
        } else if (applied.amountMinor() > 0) {
            status = InvoiceStatus.PARTIALLY_PAID;
        } else {
            status = InvoiceStatus.ISSUED;
        }
        if (status == InvoiceStatus.PAID && before != InvoiceStatus.PAID) {
            paidAt = now;
            record(new InvoiceEvents.InvoicePaid(id.value(), customerId.value(), sellerIds, now, number.value(),
                    orderId.value(), total, amountPaid));
        } else if (status != InvoiceStatus.PAID) {
            paidAt = null;
        }
        updatedAt = now;
        return true;
    }

    /** Cancels an invoice nothing was paid on, e.g. of a delivery that failed. */
    public void voidInvoice(Instant now) {
        if (status != InvoiceStatus.ISSUED || amountPaid.amountMinor() != 0) {
            throw new ConflictException("INVOICE_NOT_VOIDABLE", "invoice " + number + " is " + status
                    + "; only an invoice with nothing paid on it can be voided");
        }
        status = InvoiceStatus.VOID;
        voidedAt = now;
        updatedAt = now;
        record(new InvoiceEvents.InvoiceVoided(id.value(), customerId.value(), sellerIds, now, number.value(),
                orderId.value()));
    }

    public boolean isVoid() {
        return status == InvoiceStatus.VOID;
    }

    /** What is still to be paid on it; zero when void or paid. */
    public Money outstanding() {
        if (isVoid()) {
            return Money.zero(total.currency());
        }
        return Money.of(Math.max(0, total.amountMinor() - amountPaid.amountMinor()), total.currency());
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    private void record(DomainEvent event) {
        events.add(event);
    }

    public InvoiceId id() {
        return id;
    }

    public InvoiceNumber number() {
        return number;
    }

    public OrderId orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public DeliveryId deliveryId() {
        return deliveryId;
    }

    public String deliveryNumber() {
        return deliveryNumber;
    }

    public UserId customerId() {
        return customerId;
    }

    public Set<UUID> sellerIds() {
        return sellerIds;
    }

    public List<InvoiceLine> lines() {
        return lines;
    }

    /** The gross charged: the lines' share of the order's price, and shipping on the first invoice. */
    public Money total() {
        return total;
    }

    /** Per line (in line order) its net, tax and rate; the shipping charge; sums per rate. */
    public InvoiceShare price() {
        return price;
    }

    public Money amountPaid() {
        return amountPaid;
    }

    public InvoiceStatus status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

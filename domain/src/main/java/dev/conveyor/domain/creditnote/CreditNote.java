package dev.conveyor.domain.creditnote;

import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.event.PendingEvents;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.invoice.InvoiceLine;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.pricing.AppliedRate;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What an order gives back, as a document correcting its invoices: units of its lines at the part of
 * their discounted net and tax those units carry, the shipping charge, or a goodwill amount split over
 * the order's tax rates. Issued with every refund and never changed, so an order's invoices minus its
 * credit notes are what the customer finally paid for.
 *
 * <p>Units are credited like invoices charge them: after {@code c} of a line's {@code q} units have been
 * credited, the notes hold {@code floor(amount × c / q)} of each of its amounts, so the notes of every
 * unit add up to the line exactly, whatever the split.
 */
public final class CreditNote {

    public static final int MAX_REASON = 500;

    private final CreditNoteId id;
    private final CreditNoteNumber number;
    private final OrderId orderId;
    private final String orderNumber;
    private final UserId customerId;
    private final List<InvoiceRef> invoices;
    private final List<CreditNoteLine> lines;
    private final String currency;
    private final String reason;
    private final UserId issuedBy;
    private final Instant issuedAt;
    private final PendingEvents events = new PendingEvents();

    /** An invoice the note corrects. */
    public record InvoiceRef(InvoiceId id, String number) {

        public InvoiceRef {
            Objects.requireNonNull(id);
            Objects.requireNonNull(number);
        }
    }

    /**
     * What to give back.
     *
     * @param units    units per order line number
     * @param shipping whether the shipping charge is given back
     * @param goodwill an amount (gross, minor units) given back without naming lines; 0 for none
     */
    public record Request(Map<Integer, Integer> units, boolean shipping, long goodwill) {

        public Request {
            units = Map.copyOf(units);
            if (units.values().stream().anyMatch(quantity -> quantity < 1) || goodwill < 0) {
                throw new IllegalArgumentException("nothing negative is given back");
            }
            if (units.isEmpty() && !shipping && goodwill == 0) {
                throw new InvalidInputException("lines", "a refund names lines, the shipping charge or an amount");
            }
        }
    }

    @SuppressWarnings("java:S107") // the stored state, one parameter per column
    private CreditNote(CreditNoteId id, CreditNoteNumber number, OrderId orderId, String orderNumber,
                       UserId customerId, List<InvoiceRef> invoices, List<CreditNoteLine> lines, String currency,
                       String reason, UserId issuedBy, Instant issuedAt) {
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.orderId = Objects.requireNonNull(orderId);
        this.orderNumber = Objects.requireNonNull(orderNumber);
        this.customerId = Objects.requireNonNull(customerId);
        this.invoices = List.copyOf(invoices);
        this.lines = List.copyOf(lines);
        if (this.lines.isEmpty()) {
            throw new IllegalArgumentException("credit note " + number + " gives nothing back");
        }
        this.currency = Objects.requireNonNull(currency);
        this.reason = reason;
        this.issuedBy = issuedBy;
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    /**
     * The note for a refund of the order.
     *
     * @param invoices the order's invoices: those holding what is given back are the ones it corrects
     * @param earlier  the order's credit notes so far: no unit, no shipping charge and no part of the order's
     *                 gross is given back twice
     * @throws ConflictException REFUND_EXCEEDS_LINE, SHIPPING_ALREADY_REFUNDED, NO_SHIPPING_CHARGE,
     *                           REFUND_EXCEEDS_ORDER
     */
    @SuppressWarnings("java:S107")
    public static CreditNote issue(CreditNoteId id, long sequence, Order order, List<Invoice> invoices,
                                   List<CreditNote> earlier, Request request, String reason, UserId issuedBy,
                                   Instant now) {
        PriceBreakdown price = order.price();
        List<CreditNoteLine> lines = new ArrayList<>();
        for (Map.Entry<Integer, Integer> entry : request.units().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            lines.add(lineRefund(order, earlier, entry.getKey(), entry.getValue()));
        }
        if (request.shipping()) {
            lines.add(shippingRefund(order, earlier));
        }
        if (request.goodwill() > 0) {
            long credited = Math.addExact(creditedGross(earlier), lines.stream().mapToLong(CreditNoteLine::gross).sum());
            long left = price.totals().gross() - credited;
            if (request.goodwill() > left) {
                throw new ConflictException("REFUND_EXCEEDS_ORDER", "amountMinor: order " + order.number()
                        + " can give back at most " + Math.max(0, left) + " more, not " + request.goodwill());
            }
            for (PriceBreakdown.RateTotal part : price.splitByRate(request.goodwill())) {
                lines.add(new CreditNoteLine(CreditNoteLine.Kind.GOODWILL, 0, null, "Goodwill", 0, part.net(),
                        part.tax(), part.rate()));
            }
        }
        int year = now.atZone(ZoneOffset.UTC).getYear();
        CreditNote note = new CreditNote(id, CreditNoteNumber.of(year, sequence), order.id(),
                order.number().value(), order.customerId(), corrected(invoices, lines), lines, price.currency(),
                Check.optionalText("reason", reason, MAX_REASON), issuedBy, now);
        note.events.add(CreditNoteEvents.CreditNoteIssued.of(note));
        return note;
    }

    @SuppressWarnings("java:S107")
    public static CreditNote rehydrate(CreditNoteId id, CreditNoteNumber number, OrderId orderId, String orderNumber,
                                       UserId customerId, List<InvoiceRef> invoices, List<CreditNoteLine> lines,
                                       String currency, String reason, UserId issuedBy, Instant issuedAt) {
        return new CreditNote(id, number, orderId, orderNumber, customerId, invoices, lines, currency, reason,
                issuedBy, issuedAt);
    }

    /** Units of a line credited by these notes. */
    public static int creditedUnits(List<CreditNote> notes, int lineNo) {
        return notes.stream().flatMap(note -> note.lines.stream())
                .filter(line -> line.kind() == CreditNoteLine.Kind.LINE && line.lineNo() == lineNo)
                .mapToInt(CreditNoteLine::quantity).sum();
    }

    private static long creditedGross(List<CreditNote> notes) {
        return notes.stream().mapToLong(note -> note.total().amountMinor()).sum();
    }

    private static CreditNoteLine lineRefund(Order order, List<CreditNote> earlier, int lineNo, int units) {
        OrderLine line = order.line(lineNo).orElseThrow(() -> new InvalidInputException("lines.lineNo",
                "order " + order.number() + " has no line " + lineNo));
        PriceBreakdown.Line priced = order.price().lines().get(lineNo - 1);
        int before = creditedUnits(earlier, lineNo);
        if (before + units > line.active()) {
            throw new ConflictException("REFUND_EXCEEDS_LINE", "lines.quantity: line " + lineNo + " has "
                    + Math.max(0, line.active() - before) + " units left to refund, not " + units);
        }
        long net = priced.netOf(before + units) - priced.netOf(before);
        long tax = priced.taxOf(before + units) - priced.taxOf(before);
        return new CreditNoteLine(CreditNoteLine.Kind.LINE, lineNo, line.sellerId(),
                line.sku().value() + " " + line.name(), units, net, tax, priced.rate());
    }

    private static CreditNoteLine shippingRefund(Order order, List<CreditNote> earlier) {
        PriceBreakdown.Shipping shipping = order.price().shipping();
        if (shipping == null || shipping.gross() == 0) {
            throw new ConflictException("NO_SHIPPING_CHARGE", "shipping: order " + order.number()
                    + " charged no shipping");
        }
        boolean refunded = earlier.stream().flatMap(note -> note.lines.stream())
                .anyMatch(line -> line.kind() == CreditNoteLine.Kind.SHIPPING);
        if (refunded) {
            throw new ConflictException("SHIPPING_ALREADY_REFUNDED", "shipping: the shipping charge of order "
                    + order.number() + " was already given back");
        }
        return new CreditNoteLine(CreditNoteLine.Kind.SHIPPING, 0, null, "Shipping: " + shipping.name(), 0,
                shipping.net(), shipping.tax(), shipping.rate());
    }

    /** The invoices holding what is given back: the lines', the shipping charge's, all of them for goodwill. */
    private static List<InvoiceRef> corrected(List<Invoice> invoices, List<CreditNoteLine> lines) {
        Set<Integer> lineNos = lines.stream().filter(line -> line.kind() == CreditNoteLine.Kind.LINE)
                .map(CreditNoteLine::lineNo).collect(Collectors.toSet());
        boolean shipping = lines.stream().anyMatch(line -> line.kind() == CreditNoteLine.Kind.SHIPPING);
        boolean goodwill = lines.stream().anyMatch(line -> line.kind() == CreditNoteLine.Kind.GOODWILL);
        return invoices.stream().filter(invoice -> !invoice.isVoid())
                .filter(invoice -> goodwill || (shipping && invoice.price().shipping() != null)
                        || invoice.lines().stream().map(InvoiceLine::lineNo).anyMatch(lineNos::contains))
                .sorted(Comparator.comparing(Invoice::issuedAt).thenComparing(invoice -> invoice.number().value()))
                .map(invoice -> new InvoiceRef(invoice.id(), invoice.number().value()))
                .toList();
    }

    /** The part of the note a seller sees: their own lines only, nothing of shipping or goodwill. */
    public CreditNote linesOf(UserId seller) {
        List<CreditNoteLine> own = lines.stream().filter(line -> seller.equals(line.sellerId())).toList();
        if (own.isEmpty()) {
            throw new IllegalArgumentException("credit note " + number + " gives back nothing of seller " + seller);
        }
        return new CreditNote(id, number, orderId, orderNumber, customerId, invoices, own, currency, reason, issuedBy,
                issuedAt);
    }

    /** Sums of net and tax per rate, in the order the rates first appear. */
    public List<PriceBreakdown.RateTotal> taxes() {
        Map<AppliedRate, long[]> sums = new LinkedHashMap<>();
        for (CreditNoteLine line : lines) {
            long[] sum = sums.computeIfAbsent(line.rate(), rate -> new long[2]);
            sum[0] = Math.addExact(sum[0], line.net());
            sum[1] = Math.addExact(sum[1], line.tax());
        }
        return sums.entrySet().stream()
                .map(entry -> new PriceBreakdown.RateTotal(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .toList();
    }

    public Money net() {
        return Money.of(lines.stream().mapToLong(CreditNoteLine::net).sum(), currency);
    }

    public Money tax() {
        return Money.of(lines.stream().mapToLong(CreditNoteLine::tax).sum(), currency);
    }

    /** The gross given back. */
    public Money total() {
        return Money.of(lines.stream().mapToLong(CreditNoteLine::gross).sum(), currency);
    }

    /** Sellers whose lines the note gives back. */
    public Set<UUID> sellerIds() {
        return lines.stream().filter(line -> line.sellerId() != null).map(line -> line.sellerId().value())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    public CreditNoteId id() {
        return id;
    }

    public CreditNoteNumber number() {
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

    public List<InvoiceRef> invoices() {
        return invoices;
    }

    public List<CreditNoteLine> lines() {
        return lines;
    }

    public String currency() {
        return currency;
    }

    public String reason() {
        return reason;
    }

    public UserId issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}

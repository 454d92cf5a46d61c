package dev.conveyor.domain.creditnote;

import dev.conveyor.domain.pricing.AppliedRate;
import dev.conveyor.domain.user.UserId;
import java.util.Objects;

/**
 * One amount a credit note gives back, at the rate it was charged at: units of an order line ({@code
 * lineNo}, {@code sellerId} and {@code quantity} set), the shipping charge, or goodwill (an amount
 * not tied to lines, one part per rate).
 */
public record CreditNoteLine(Kind kind, int lineNo, UserId sellerId, String description, int quantity, long net,
                             long tax, AppliedRate rate) {

    public enum Kind { LINE, SHIPPING, GOODWILL }

    public CreditNoteLine {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(description);
        Objects.requireNonNull(rate);
        // units of a cheap line may carry nothing after rounding down (their share comes with the last unit)
        if (net < 0 || tax < 0 || (kind != Kind.LINE && net + tax == 0)) {
            throw new IllegalArgumentException("a credit note line gives something back: " + net + " + " + tax);
        }
        if ((kind == Kind.LINE) != (lineNo > 0 && sellerId != null && quantity > 0)) {
            throw new IllegalArgumentException("only order lines name a line, its seller and units: " + kind);
        }
    }

    public long gross() {
        return net + tax;
    }
}

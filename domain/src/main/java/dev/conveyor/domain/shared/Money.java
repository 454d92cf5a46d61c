package dev.conveyor.domain.shared;

import java.util.Currency;
import java.util.regex.Pattern;

/** An amount in the currency's minor unit (cents) and an ISO 4217 code. */
public record Money(long amountMinor, String currency) {

    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Check.matches("currency", Check.notNull("currency", currency), ISO_CODE, "an ISO 4217 code such as EUR");
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("currency", "currency " + currency + " is not an ISO 4217 code");
        }
    }

    public static Money of(long amountMinor, String currency) {
        return new Money(amountMinor, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(amountMinor, other.amountMinor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(amountMinor, factor), currency);
    }

    public boolean isNegative() {
        return amountMinor < 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amountMinor + " " + currency;
    }
}

package dev.conveyor.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Money TEN_EUROS = Money.of(1000, "EUR");

    @Test
    void amountsOfOneCurrencyAddAndSubtract() {
        assertEquals(Money.of(1250, "EUR"), TEN_EUROS.plus(Money.of(250, "EUR")));
        assertEquals(Money.of(-250, "EUR"), TEN_EUROS.minus(Money.of(1250, "EUR")));
        assertEquals(Money.of(3000, "EUR"), TEN_EUROS.times(3));
        assertEquals(Money.zero("EUR"), TEN_EUROS.times(0));
        assertEquals(Money.of(-1000, "EUR"), TEN_EUROS.times(-1));
    }

    @Test
    void amountsOfDifferentCurrenciesDoNotCombine() {
        Money dollars = Money.of(1000, "USD");

        assertThrows(IllegalArgumentException.class, () -> TEN_EUROS.plus(dollars));
        assertThrows(IllegalArgumentException.class, () -> TEN_EUROS.minus(dollars));
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
        Money max = Money.of(Long.MAX_VALUE, "EUR");
        Money min = Money.of(Long.MIN_VALUE, "EUR");

        assertThrows(ArithmeticException.class, () -> max.plus(Money.of(1, "EUR")));
        assertThrows(ArithmeticException.class, () -> min.minus(Money.of(1, "EUR")));
        assertThrows(ArithmeticException.class, () -> max.times(2));
        assertThrows(ArithmeticException.class, () -> min.times(-1));
        assertEquals(max, Money.of(Long.MAX_VALUE - 1, "EUR").plus(Money.of(1, "EUR")));
    }

    @Test
    void onlyAmountsBelowZeroAreNegative() {
        assertTrue(Money.of(-1, "EUR").isNegative());
        assertFalse(Money.zero("EUR").isNegative());
        assertFalse(TEN_EUROS.isNegative());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "eur", "Eur", "EURO", "EU", "E1R", " EUR", "ABC", "QQQ"})
    void theCurrencyMustBeAnIso4217Code(String currency) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Money.of(100, currency));

        assertEquals("currency", refused.field());
        assertEquals("VALIDATION_FAILED", refused.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "USD", "JPY", "CHF", "GBP"})
    void isoCodesAreAccepted(String currency) {
        assertEquals(currency, Money.of(1, currency).currency());
    }

    @Test
    void moneyReadsAsAmountAndCurrency() {
        assertEquals("1000 EUR", TEN_EUROS.toString());
    }
}

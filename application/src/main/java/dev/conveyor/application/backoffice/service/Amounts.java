package dev.conveyor.application.backoffice.service;

import dev.conveyor.domain.shared.Money;
import java.util.List;
import java.util.Map;

/**
 * Sums per currency as a list of amounts, sorted by currency code so that answers are stable; a currency
 * whose sum is zero is left out, whether or not the database had a group for it.
 */
final class Amounts {

    private Amounts() {
    }

    static List<Money> of(Map<String, Long> minorByCurrency) {
        return minorByCurrency.entrySet().stream()
                .filter(entry -> entry.getValue() != 0)
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> Money.of(entry.getValue(), entry.getKey()))
                .toList();
    }
}

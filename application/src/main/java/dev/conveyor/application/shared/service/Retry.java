package dev.conveyor.application.shared.service;

import dev.conveyor.domain.shared.ConcurrentModificationException;
import java.util.function.Supplier;

/** Re-runs a read-modify-write when another request changed the aggregate in between. */
public final class Retry {

    private static final int ATTEMPTS = 3;

    private Retry() {
    }

    public static <T> T onConcurrentModification(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (ConcurrentModificationException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}

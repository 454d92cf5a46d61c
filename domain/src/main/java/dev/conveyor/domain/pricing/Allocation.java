package dev.conveyor.domain.pricing;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits an amount over lines in proportion to their weights (their amounts), in whole minor units:
 * each line first gets its share rounded down; what is left over goes to the line with the largest
 * weight (the first such line on ties), and only if that line has no room left, on to the next
 * largest. The shares sum to the amount and no share exceeds its line's weight.
 */
final class Allocation {

    private Allocation() {
    }

    static long[] proRata(long amount, long[] weights) {
        long total = 0;
        for (long weight : weights) {
            total = Math.addExact(total, weight);
        }
        if (amount < 0 || amount > total) {
            throw new IllegalArgumentException("cannot allocate " + amount + " over " + total);
        }
        long[] shares = new long[weights.length];
        if (amount == 0) {
            return shares;
        }
        long left = amount;
        for (int i = 0; i < weights.length; i++) {
            shares[i] = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights[i]))
                    .divide(BigInteger.valueOf(total)).longValueExact();
            left -= shares[i];
        }
        int[] byWeight = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> weights[i]).reversed().thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int i : byWeight) {
            if (left == 0) {
                break;
            }
            long given = Math.min(left, weights[i] - shares[i]);
            shares[i] += given;
            left -= given;
        }
        return shares;
    }
}

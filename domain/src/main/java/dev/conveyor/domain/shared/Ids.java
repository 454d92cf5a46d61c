package dev.conveyor.domain.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): ids made in the domain that still
 * insert at the right edge of a B-tree index instead of at random pages. Ids
 * made by one process are strictly increasing: within one millisecond the
 * 12-bit {@code rand_a} field counts up (RFC 9562, method 1), so "created
 * later" and "sorts later" agree.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COUNTER_LIMIT = 1 << 12;

    private static long lastMillis;
    private static int counter;

    private Ids() {
    }

    public static UUID newId() {
        long millis;
        int sequence;
        synchronized (Ids.class) {
            long now = System.currentTimeMillis();
            if (now > lastMillis) {
                lastMillis = now;
                counter = RANDOM.nextInt(COUNTER_LIMIT / 2);
            } else if (++counter == COUNTER_LIMIT) {
                // more ids in one millisecond than the counter holds (or the clock stepped back):
                // borrow the next millisecond rather than break the order
                lastMillis++;
                counter = 0;
            }
            millis = lastMillis;
            sequence = counter;
        }
        long msb = (millis << 16) | (0x7L << 12) | sequence;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}

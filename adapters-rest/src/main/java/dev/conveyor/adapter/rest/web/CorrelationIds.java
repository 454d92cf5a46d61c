package dev.conveyor.adapter.rest.web;

import io.micronaut.http.HttpRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The id that ties together the log lines, events and answer of one request.
 * A client may choose it (to follow a request through its own logs); anything
 * that could break a log line or a header is replaced by a fresh one.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    static final String ATTRIBUTE = "conveyor.correlationId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CorrelationIds() {
    }

    /** The client's id when it is acceptable, otherwise a new one. */
    public static String acceptOrGenerate(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches() ? candidate : generate();
    }

    /**
     * A random UUID (version 4) drawn from {@link ThreadLocalRandom}, not {@link UUID#randomUUID()}'s
     * {@code SecureRandom}, which cost about a microsecond of every request that brings no id: the id only tells
     * requests apart in logs and traces and guards nothing (a client may choose its own).
     */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~0xC000_0000_0000_0000L | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** The id the filter gave this request; a request that never passed the filter gets one now. */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> {
            String id = acceptOrGenerate(request.getHeaders().get(HEADER));
            request.setAttribute(ATTRIBUTE, id);
            return id;
        });
    }
}

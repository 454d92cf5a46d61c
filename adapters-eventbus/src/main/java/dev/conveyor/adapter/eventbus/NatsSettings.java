package dev.conveyor.adapter.eventbus;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the event log is published to NATS JetStream.
 *
 * @param servers           the NATS servers to connect to ({@code nats://host:4222}, {@code tls://…}; user and
 *                          password may ride in the URL)
 * @param stream            the JetStream stream that stores the events
 * @param subjectPrefix     events go to {@code <prefix>.<type with ':' as '.'>}
 * @param manageStream      true: the stream is created, or its subjects and limits updated, when connecting
 * @param duplicateWindow   how long the stream remembers message ids to drop a republished event
 * @param maxAge            how long the stream keeps an event; zero: for ever (when the stream is managed)
 * @param timeout           connect deadline, and how long a publish waits for the stream's acknowledgement
 */
record NatsSettings(List<String> servers, String stream, String subjectPrefix, boolean manageStream,
                    Duration duplicateWindow, Duration maxAge, Duration timeout) {

    NatsSettings {
        servers = List.copyOf(servers);
        Objects.requireNonNull(stream);
        Objects.requireNonNull(subjectPrefix);
        Objects.requireNonNull(duplicateWindow);
        Objects.requireNonNull(maxAge);
        Objects.requireNonNull(timeout);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("conveyor.nats.url names no server");
        }
        if (!stream.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("conveyor.nats.stream must be letters, digits, '_' or '-', not "
                    + stream);
        }
        if (!subjectPrefix.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*")) {
            throw new IllegalArgumentException("conveyor.nats.subject-prefix must be dot-separated tokens of "
                    + "letters, digits, '_' or '-', not " + subjectPrefix);
        }
        if (duplicateWindow.isNegative() || duplicateWindow.isZero() || maxAge.isNegative()
                || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("conveyor.nats durations must be positive (max-age may be 0)");
        }
    }

    /** The subject of an event type: {@code order:created} → {@code <prefix>.order.created}. */
    String subjectOf(String eventType) {
        StringBuilder subject = new StringBuilder(subjectPrefix);
        for (String token : eventType.split(":")) {
            subject.append('.').append(token.isEmpty() ? "_" : token.replaceAll("[^A-Za-z0-9_-]", "_"));
        }
        return subject.toString();
    }

    /** Every event type's subject. */
    String allSubjects() {
        return subjectPrefix + ".>";
    }
}

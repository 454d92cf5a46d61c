package dev.conveyor.adapter.eventbus;

import dev.conveyor.application.events.port.out.EventConsumerPort;
import dev.conveyor.application.events.port.out.EventConsumerPort.TargetUnavailableException;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.nats.client.Connection;
import io.nats.client.ErrorListener;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.impl.Headers;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event bus, a durable consumer of the event log named {@code nats}: publishes every event to a NATS
 * JetStream stream, one subject per type, and waits for the stream's acknowledgement before the consumer's
 * position moves past the event. The event's id is the JetStream message id ({@code Nats-Msg-Id}), so an
 * event published again after a crash or a retry (the consumer is at least once) is dropped by the server
 * within the stream's duplicate window. Events are published one at a time, so the stream holds them in
 * position order. A failed connect or publish throws: the consumer retries the event with its backoff, and
 * an unreachable NATS is a {@link TargetUnavailableException}, which never dead-letters the event.
 * On with {@code conveyor.events.bus=nats}; {@code conveyor.nats.url} says where.
 */
@Singleton
@Requires(property = "conveyor.events.bus", value = "nats")
final class NatsEventBusAdapter implements EventConsumerPort {

    static final String NAME = "nats";
    static final String TYPE_HEADER = "Conveyor-Event-Type";
    static final String POSITION_HEADER = "Conveyor-Position";
    static final String CORRELATION_HEADER = "Conveyor-Correlation-Id";
    private static final Logger LOG = LoggerFactory.getLogger(NatsEventBusAdapter.class);
    /** JetStream's answer to adding a stream that exists with another configuration. */
    private static final int STREAM_NAME_IN_USE = 10058;

    private final NatsSettings settings;
    private final JsonMapper json;
    private Connection connection;
    private JetStream jetStream;

    NatsEventBusAdapter(@Value("${conveyor.nats.url}") String url,
                        @Value("${conveyor.nats.stream:CONVEYOR_EVENTS}") String stream,
                        @Value("${conveyor.nats.subject-prefix:conveyor.events}") String subjectPrefix,
                        @Value("${conveyor.nats.manage-stream:true}") boolean manageStream,
                        @Value("${conveyor.nats.duplicate-window:10m}") Duration duplicateWindow,
                        @Value("${conveyor.nats.max-age:30d}") Duration maxAge,
                        @Value("${conveyor.nats.timeout:5s}") Duration timeout,
                        JsonMapper json) {
        this.settings = new NatsSettings(Arrays.stream(url.split(",")).map(String::strip)
                .filter(server -> !server.isEmpty()).toList(),
                stream, subjectPrefix, manageStream, duplicateWindow, maxAge, timeout);
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public synchronized void handle(LoggedEvent event) {
        JetStream stream = jetStream();
        Headers headers = new Headers()
                .put(TYPE_HEADER, event.type())
                .put(POSITION_HEADER, Long.toString(event.position()))
                .put("Content-Type", "application/json");
        if (event.correlationId() != null) {
            headers.put(CORRELATION_HEADER, event.correlationId());
        }
        PublishOptions options = PublishOptions.builder().messageId(event.id().toString())
                .expectedStream(settings.stream()).streamTimeout(settings.timeout()).build();
        try {
            PublishAck ack = stream.publish(settings.subjectOf(event.type()), headers, body(event), options);
            if (ack.isDuplicate()) {
                LOG.debug("event {} ({}) was already in stream {}: dropped as a duplicate", event.position(),
                        event.id(), settings.stream());
            }
        } catch (IOException | IllegalStateException e) {
            // a timeout, or a connection that broke: the next attempt starts from a new connection (a client
            // left to reconnect on its own was seen to stall after a failed handshake)
            drop();
            throw new TargetUnavailableException("publishing event " + event.position() + " to NATS failed: "
                    + e.getMessage(), e);
        } catch (JetStreamApiException e) {
            drop(); // the next attempt makes sure of the stream again, should it have been deleted
            throw new IllegalStateException("NATS JetStream refused event " + event.position() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The connection's JetStream context, connecting first (and making sure of the stream) when there is no
     * working connection. The client does not reconnect by itself: a broken connection fails the publish under
     * way, and the consumer's retry connects anew, with its backoff.
     */
    private JetStream jetStream() {
        if (connection != null && connection.getStatus() == Connection.Status.CONNECTED) {
            return jetStream;
        }
        drop();
        Options options = Options.builder().servers(settings.servers().toArray(String[]::new))
                .connectionName("conveyor-events").connectionTimeout(settings.timeout())
                .maxReconnects(0).errorListener(new LoggingErrorListener()).build();
        try {
            Connection opened = Nats.connect(options);
            try {
                if (settings.manageStream()) {
                    ensureStream(opened.jetStreamManagement());
                }
                jetStream = opened.jetStream();
            } catch (IOException | JetStreamApiException | RuntimeException e) {
                opened.close();
                throw e;
            }
            connection = opened;
            LOG.info("publishing the event log to NATS stream {} ({}) at {}", settings.stream(),
                    settings.allSubjects(), opened.getConnectedUrl());
            return jetStream;
        } catch (IOException e) {
            throw new TargetUnavailableException("cannot connect to NATS at " + settings.servers() + ": "
                    + e.getMessage(), e);
        } catch (JetStreamApiException e) {
            throw new IllegalStateException("NATS refused stream " + settings.stream() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to NATS", e);
        }
    }

    /** Creates the stream, or brings an existing one's subjects and limits to the configured ones. */
    private void ensureStream(JetStreamManagement management) throws IOException, JetStreamApiException {
        StreamConfiguration configuration = StreamConfiguration.builder().name(settings.stream())
                .subjects(settings.allSubjects()).storageType(StorageType.File)
                .duplicateWindow(settings.duplicateWindow()).maxAge(settings.maxAge()).build();
        try {
            management.addStream(configuration);
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() != STREAM_NAME_IN_USE) {
                throw e;
            }
            management.updateStream(configuration);
            LOG.info("NATS stream {} updated to the configured subjects and limits", settings.stream());
        }
    }

    private byte[] body(LoggedEvent event) {
        try {
            return json.writeValueAsBytes(event.toMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drop() {
        try {
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The client's own reports in the server's log (its default writes to java.util.logging). */
    private static final class LoggingErrorListener implements ErrorListener {

        @Override
        public void errorOccurred(Connection connection, String error) {
            LOG.warn("NATS reported an error: {}", error);
        }

        @Override
        public void exceptionOccurred(Connection connection, Exception exception) {
            LOG.warn("NATS connection failed: {}", exception.toString());
        }
    }

    @PreDestroy
    synchronized void close() throws InterruptedException {
        if (connection != null) {
            Connection closing = connection;
            connection = null;
            jetStream = null;
            closing.close();
        }
    }
}

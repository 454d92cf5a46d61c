package dev.conveyor.adapter.realtime;

import dev.conveyor.application.accounts.port.out.SessionSignalPort;
import dev.conveyor.application.events.port.in.FollowEventsUseCase.FollowRequest;
import dev.conveyor.application.events.port.in.FollowEventsUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.DomainException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpRequestWrapper;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnError;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.netty.channel.Channel;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live events over WebSocket ({@code /ws}); the protocol is in docs/events.md.
 * The upgrade itself is open to anyone: the token may come with the first
 * message. A connection with a bad token, a foreign origin, or no token by its
 * first message is closed with a 44xx code. An authenticated connection lives
 * as long as its token: it is closed with 4401 when the token expires (unless
 * the client sent a fresh token of the same user in an {@code auth} message
 * before), and at once when the user's session ends (logout, role change,
 * deleted account) on any instance. When the server stops, every connection is
 * closed with 1012 "service restart", and so is any opened meanwhile: the
 * client reconnects (through the balancer, to another instance) and resumes
 * from the last position it saw.
 */
@ServerWebSocket(EventSocket.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@Named(EventSocket.LIVE_CONNECTIONS)
public final class EventSocket implements GracefulShutdownCapable {

    /** The graceful-shutdown participants that hold live connections: the stop signal runs them first. */
    public static final String LIVE_CONNECTIONS = "live-connections";

    static final String PATH = "/ws";

    /** How long a stopping server waits for its close frames to be written. */
    private static final Duration CLOSING = Duration.ofSeconds(3);

    private static final Logger LOG = LoggerFactory.getLogger(EventSocket.class);
    private static final String CONNECTION = "conveyor.live";
    private static final Argument<Map<String, Object>> MESSAGE = Argument.mapOf(String.class, Object.class);

    private final FollowEventsUseCase follow;
    private final LiveAuthenticator authenticator;
    private final JsonMapper json;
    private final MessageWriter writer;
    private final ExecutorService blocking;
    private final Set<String> allowedOrigins;
    private final int maxUnsent;
    private final Duration authTimeout;
    private final Set<LiveConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "live-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    EventSocket(FollowEventsUseCase follow, LiveAuthenticator authenticator, JsonMapper json, MessageWriter writer,
                SessionSignalPort sessionSignals, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                @Value("${conveyor.http.allowed-origins:}") List<String> allowedOrigins,
                @Value("${conveyor.realtime.max-unsent:1000}") int maxUnsent,
                @Value("${conveyor.realtime.heartbeat:25s}") Duration heartbeat,
                @Value("${conveyor.realtime.auth-timeout:10s}") Duration authTimeout) {
        this.follow = follow;
        this.authenticator = authenticator;
        this.json = json;
        this.writer = writer;
        this.blocking = blocking;
        this.allowedOrigins = Set.copyOf(allowedOrigins);
        this.maxUnsent = maxUnsent;
        this.authTimeout = authTimeout;
        timers.scheduleWithFixedDelay(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
        sessionSignals.listen(user -> blocking.execute(() -> closeEndedSessions(
                connections.stream().filter(connection -> user.equals(userOf(connection))).toList())));
    }

    @OnOpen
    public void open(WebSocketSession session, HttpRequest<?> request) {
        LiveConnection connection = new LiveConnection(session, channelOf(request), writer, maxUnsent);
        session.put(CONNECTION, connection);
        if (stopping) {
            connection.close(CloseReason.SERVICE_RESTART.getCode(), "server restart: connect again");
            return;
        }
        if (!originAllowed(request)) {
            connection.close(LiveConnection.FORBIDDEN_ORIGIN, "origin not allowed");
            return;
        }
        connections.add(connection);
        Optional<String> token = LiveAuthenticator.tokenOf(request);
        if (token.isPresent()) {
            Optional<LiveIdentity> identity = authenticator.authenticate(token.get(), request,
                    correlationId(request));
            if (identity.isEmpty()) {
                connection.close(LiveConnection.UNAUTHENTICATED, "invalid or expired access token");
                return;
            }
            connection.authenticated(identity.get());
            closeAtExpiry(connection);
        } else {
            timers.schedule(() -> {
                if (connection.actor() == null) {
                    connection.close(LiveConnection.UNAUTHENTICATED, "no access token in time");
                }
            }, authTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @OnMessage
    public void message(String text, WebSocketSession session, HttpRequest<?> request) {
        LiveConnection connection = session.get(CONNECTION, LiveConnection.class).orElse(null);
        if (connection == null || !connection.isOpen()) {
            return;
        }
        Map<String, Object> message;
        try {
            message = json.readValue(text, MESSAGE);
        } catch (IOException | RuntimeException e) {
            connection.error("malformed-message", "a message is a JSON object with a type");
            return;
        }
        String type = String.valueOf(message.get("type"));
        switch (type) {
            case "ping" -> connection.send(LiveConnection.control("pong"));
            case "auth" -> authenticate(connection, message, request);
            case "subscribe" -> subscribe(connection, message);
            default -> connection.error("unknown-message", "unknown message type " + type);
        }
    }

    @OnClose
    public void close(WebSocketSession session) {
        session.get(CONNECTION, LiveConnection.class).ifPresent(connection -> {
            connection.end();
            connections.remove(connection);
        });
    }

    @OnError
    public void error(WebSocketSession session, Throwable error) {
        LOG.debug("live connection {} failed", session.getId(), error);
        close(session);
    }

    /** How many WebSocket clients this instance holds. */
    public int connections() {
        return connections.size();
    }

    /**
     * The first token of a connection, or a fresh one that keeps it open past the previous token's expiry: it must
     * name the same user with the same role (a subscription is scoped by both; another user reconnects).
     */
    private void authenticate(LiveConnection connection, Map<String, Object> message, HttpRequest<?> request) {
        Object token = message.get("token");
        Optional<LiveIdentity> identity = token instanceof String value
                ? authenticator.authenticate(value, request, correlationId(request)) : Optional.empty();
        if (identity.isEmpty()) {
            connection.close(LiveConnection.UNAUTHENTICATED, "invalid or expired access token");
            return;
        }
        LiveIdentity previous = connection.identity();
        if (previous != null && !previous.sameUserAndRole(identity.get())) {
            connection.close(LiveConnection.UNAUTHENTICATED, "a fresh token must name the same user and role; "
                    + "reconnect to change");
            return;
        }
        connection.authenticated(identity.get());
        if (previous == null) {
            closeAtExpiry(connection);
        }
        Map<String, Object> answer = LiveConnection.control("authenticated", "userId",
                identity.get().actor().userId().toString());
        answer.put("expiresAt", identity.get().expiresAt().toString());
        connection.send(answer);
    }

    /** Checks again when the connection's token expires; a fresh token given meanwhile moves the check on. */
    private void closeAtExpiry(LiveConnection connection) {
        LiveIdentity identity = connection.identity();
        long delay = Math.max(0, Duration.between(Instant.now(), identity.expiresAt()).toMillis());
        timers.schedule(() -> {
            if (!connection.isOpen()) {
                return;
            }
            if (connection.identity().expiresAt().isAfter(Instant.now())) {
                closeAtExpiry(connection);
            } else {
                connection.close(LiveConnection.UNAUTHENTICATED,
                        "the access token expired; send a fresh one before it expires, or reconnect");
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    /** Closes the connections whose session is no longer their user's current one (each user read once). */
    private void closeEndedSessions(List<LiveConnection> candidates) {
        Map<LiveIdentity.Session, Boolean> current = new HashMap<>();
        for (LiveConnection connection : candidates) {
            LiveIdentity identity = connection.identity();
            if (identity != null && connection.isOpen()
                    && !current.computeIfAbsent(identity.session(), authenticator::current)) {
                connection.close(LiveConnection.UNAUTHENTICATED, "the session ended; sign in again");
            }
        }
    }

    private static UserId userOf(LiveConnection connection) {
        Actor actor = connection.actor();
        return actor == null ? null : actor.userId();
    }

    private void subscribe(LiveConnection connection, Map<String, Object> message) {
        Actor actor = connection.actor();
        if (actor == null) {
            connection.close(LiveConnection.UNAUTHENTICATED, "authenticate before subscribing");
            return;
        }
        FollowRequest request;
        try {
            request = new FollowRequest(orderIdOf(message.get("orderId")), positionOf(message.get("after")));
        } catch (IllegalArgumentException | DomainException e) {
            connection.error("invalid-subscription", "orderId must be a UUID and after a position (a number)");
            return;
        }
        // the backlog is read from the database: not on the event loop
        blocking.execute(() -> {
            connection.sendingBacklog();
            try {
                connection.subscribed(follow.follow(actor, request, connection::feed));
            } catch (NotFoundException e) {
                connection.error(e.code(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("subscription of {} failed", actor.userId(), e);
                connection.error("subscription-failed", "the subscription failed; try again");
            } finally {
                connection.backlogSent();
            }
        });
    }

    private static OrderId orderIdOf(Object value) {
        if (value == null) {
            return null;
        }
        return new OrderId(UUID.fromString(String.valueOf(value)));
    }

    private static Long positionOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return Long.parseLong(String.valueOf(value));
    }

    /** The socket under the upgrade request: Micronaut's WebSocket session does not give it out. */
    private static Channel channelOf(HttpRequest<?> request) {
        HttpRequest<?> unwrapped = request;
        while (unwrapped instanceof HttpRequestWrapper<?> wrapper) {
            unwrapped = wrapper.getDelegate();
        }
        if (unwrapped instanceof NettyHttpRequest<?> netty) {
            return netty.getChannelHandlerContext().channel();
        }
        throw new IllegalStateException("a WebSocket upgrade not served by Netty: " + request.getClass());
    }

    /** No Origin header: not a browser. A browser's page must come from this server or an allowed origin. */
    private boolean originAllowed(HttpRequest<?> request) {
        String origin = request.getHeaders().get("Origin");
        if (origin == null || allowedOrigins.contains(origin)) {
            return true;
        }
        String host = request.getHeaders().get("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private static String correlationId(HttpRequest<?> request) {
        String header = request.getHeaders().get("X-Correlation-Id");
        return header != null && !header.isBlank() && header.length() <= 128 ? header : UUID.randomUUID().toString();
    }

    /** Also checks every session again: a signal lost while Redis was down must not keep a connection open. */
    private void heartbeat() {
        for (LiveConnection connection : connections) {
            if (connection.isOpen()) {
                connection.send(LiveConnection.control("heartbeat"));
            } else {
                connections.remove(connection);
            }
        }
        List<LiveConnection> authenticated = connections.stream().filter(c -> c.identity() != null).toList();
        if (!authenticated.isEmpty()) {
            blocking.execute(() -> closeEndedSessions(authenticated));
        }
    }

    /**
     * Closes every connection with 1012 and blocks until the close frames are out (or {@link #CLOSING} passed):
     * it must run before the server's own stop, which drops WebSockets without a close frame.
     */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping = true;
        List<LiveConnection> open = List.copyOf(connections);
        open.forEach(connection -> connection.close(CloseReason.SERVICE_RESTART.getCode(),
                "server restart: reconnect and resume from the last position"));
        long deadline = System.nanoTime() + CLOSING.toNanos();
        while (open.stream().anyMatch(LiveConnection::socketOpen) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    @PreDestroy
    void shutDown() {
        timers.shutdownNow();
    }
}

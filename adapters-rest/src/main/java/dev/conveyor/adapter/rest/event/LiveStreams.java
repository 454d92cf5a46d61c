package dev.conveyor.adapter.rest.event;

import dev.conveyor.adapter.rest.security.TokenClaims;
import dev.conveyor.application.accounts.port.in.GetSessionMarkerQuery;
import dev.conveyor.application.accounts.port.out.SessionSignalPort;
import dev.conveyor.domain.user.UserId;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The server-sent event streams of this instance, by user, so that a stream
 * ends when its token expires and at once when its user's session ends
 * (logout, role change, deleted account; signalled by any instance), and when
 * the server stops. The stream's last message says why: an {@code error} event
 * with the code {@code token-expired}, {@code session-ended} or
 * {@code server-restart} (reconnect, to another instance, and resume).
 */
@Singleton
@Named("live-connections")
final class LiveStreams implements GracefulShutdownCapable {

    static final String TOKEN_EXPIRED = "token-expired";
    static final String SESSION_ENDED = "session-ended";
    static final String SERVER_RESTART = "server-restart";

    /** How long a stopping server waits for its streams to end. */
    private static final Duration ENDING = Duration.ofSeconds(3);

    private final Map<UserId, Set<Ending>> open = new ConcurrentHashMap<>();
    private final GetSessionMarkerQuery markers;
    private final ExecutorService blocking;
    private volatile boolean stopping;

    LiveStreams(GetSessionMarkerQuery markers, SessionSignalPort signals,
                @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.markers = markers;
        this.blocking = blocking;
        signals.listen(user -> blocking.execute(() -> open.getOrDefault(user, Set.of()).forEach(Ending::check)));
    }

    /**
     * Ends every stream with its {@code server-restart} event, and those opened from now on at once, and blocks
     * until they ended (or {@link #ENDING} passed): it must run before the server's own stop cuts them.
     */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping = true;
        open.values().forEach(endings -> endings.forEach(ending -> ending.sessionEnded.tryEmitValue(SERVER_RESTART)));
        long deadline = System.nanoTime() + ENDING.toNanos();
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    /** The ending of a new stream of the authenticated user; close it when the stream ends, however. */
    Ending open(Authentication authentication) {
        UserId user = new UserId(UUID.fromString(authentication.getName()));
        Ending ending = new Ending(user, TokenClaims.sessionMarker(authentication), TokenClaims.expiry(authentication));
        open.computeIfAbsent(user, any -> ConcurrentHashMap.newKeySet()).add(ending);
        if (stopping) {
            ending.sessionEnded.tryEmitValue(SERVER_RESTART);
        }
        return ending;
    }

    final class Ending {

        private final UserId user;
        private final long marker;
        private final Instant expiresAt;
        private final Sinks.One<String> sessionEnded = Sinks.one();

        private Ending(UserId user, long marker, Instant expiresAt) {
            this.user = user;
            this.marker = marker;
            this.expiresAt = expiresAt;
        }

        /** Emits the code of why the stream ends: the token expired, the session ended or the server stops. */
        Mono<String> reason() {
            Duration left = Duration.between(Instant.now(), expiresAt);
            return Mono.firstWithValue(sessionEnded.asMono(),
                    Mono.delay(left.isNegative() ? Duration.ZERO : left).map(tick -> TOKEN_EXPIRED));
        }

        /** Checks the session again (on a blocking thread): a signal lost while Redis was down is caught up. */
        void recheck() {
            blocking.execute(this::check);
        }

        private void check() {
            OptionalLong current = markers.current(user);
            if (current.isEmpty() || current.getAsLong() != marker) {
                sessionEnded.tryEmitValue(SESSION_ENDED);
            }
        }

        void close() {
            open.computeIfPresent(user, (any, endings) -> {
                endings.remove(this);
                return endings.isEmpty() ? null : endings;
            });
        }
    }
}

package dev.conveyor.adapter.rest.security;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.conveyor.application.accounts.port.in.GetSessionMarkerQuery;
import dev.conveyor.application.accounts.port.out.SessionSignalPort;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import reactor.core.publisher.Mono;

/**
 * Whether an authenticated token is still worth anything: it must carry its
 * user's current session marker (logout, a role change and the deletion of the
 * account move the marker on). Markers are cached for a short time
 * ({@code conveyor.security.session-cache-ttl}, 5 s) and forgotten at once when
 * any instance signals that the user's sessions ended, so a revoked token is
 * refused on the next request everywhere; the time to live only bounds how
 * long an instance that missed the signal (Redis down) still takes it. A marker
 * is read on a blocking thread, never on the event loop.
 */
@Singleton
public final class SessionMarkers {

    private final AsyncLoadingCache<UserId, OptionalLong> markers;

    SessionMarkers(GetSessionMarkerQuery query, SessionSignalPort signals,
                   @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                   @Value("${conveyor.security.session-cache-ttl:5s}") Duration ttl,
                   @Value("${conveyor.security.session-cache-size:100000}") long size) {
        this.markers = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(size).executor(blocking)
                .buildAsync(query::current);
        signals.listen(user -> markers.synchronous().invalidate(user));
    }

    /** Emits whether the authentication's token carries its user's current marker. */
    Mono<Boolean> current(Authentication authentication) {
        UserId user;
        try {
            user = new UserId(UUID.fromString(authentication.getName()));
        } catch (IllegalArgumentException notAUser) {
            return Mono.just(false);
        }
        long carried = TokenClaims.sessionMarker(authentication);
        CompletableFuture<OptionalLong> marker = markers.get(user);
        if (marker.isDone() && !marker.isCompletedExceptionally()) {
            return Mono.just(matches(marker.join(), carried));
        }
        return Mono.fromFuture(marker).map(current -> matches(current, carried));
    }

    private static boolean matches(OptionalLong current, long carried) {
        return current.isPresent() && current.getAsLong() == carried;
    }
}

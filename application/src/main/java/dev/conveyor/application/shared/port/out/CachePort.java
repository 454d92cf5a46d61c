package dev.conveyor.application.shared.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * A cache in front of the database for values the core can always rebuild from
 * it: a miss, an eviction or an unreachable cache server only costs a database
 * read, so no method throws. Entries are dropped after the commit of every
 * change that makes them stale ({@link #invalidate}); a value loaded after a
 * miss is stored ({@link #fill}) only if no invalidation of its key happened
 * since the lookup, so a reader racing a writer cannot put back what the writer
 * just invalidated.
 */
public interface CachePort {

    /** The cached values among {@code ids}; the rest missed and may be loaded and filled in. */
    <T> Lookup<T> lookup(CacheSpace<T> space, Collection<String> ids);

    /**
     * Stores values loaded from the database after {@code lookup} missed them,
     * unless their keys were invalidated since the lookup.
     */
    <T> void fill(Lookup<T> lookup, Map<String, T> loaded);

    /**
     * The value under {@code id} if this cache can answer without any I/O (it holds it in this process); empty
     * when it does not hold it or could tell only after a round trip (a cache server). Nothing is filled after
     * this: a caller that misses reads through {@link #lookup} as usual.
     */
    default <T> Optional<T> heldInProcess(CacheSpace<T> space, String id) {
        return Optional.empty();
    }

    /**
     * The value under {@code id} in {@code space} and the one under the same id in {@code companion}, in one
     * look, without blocking the caller: no thread waits for a cache server's reply, and what it sent is decoded
     * on {@code continueOn}, where the stage completes (a cache in this process completes it at once, on the
     * caller's thread). Lets a caller on a thread that must not block answer a hit there and take everything else
     * to a thread that may. A cache that cannot answer (down, slow, refused) completes it with nothing found,
     * never exceptionally. Nothing is filled after this: a caller that misses reads through {@link #lookup}.
     */
    default <T, U> CompletionStage<Peek<T, U>> peek(CacheSpace<T> space, CacheSpace<U> companion, String id,
                                                   Executor continueOn) {
        return CompletableFuture.completedFuture(new Peek<>(heldInProcess(space, id), heldInProcess(companion, id)));
    }

    /** Drops entries made stale by a committed change. */
    void invalidate(CacheInvalidation invalidation);

    /** What one lookup found; it also remembers, for {@link #fill}, what the cache looked like then. */
    interface Lookup<T> {

        CacheSpace<T> space();

        /** Cached values by id; ids not in here missed. */
        Map<String, T> hits();
    }

    /** What {@link #peek} found: the value and its companion, each empty when the cache did not have it. */
    record Peek<T, U>(Optional<T> value, Optional<U> companion) {

        public static <T, U> Peek<T, U> nothing() {
            return new Peek<>(Optional.empty(), Optional.empty());
        }
    }
}

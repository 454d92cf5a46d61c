package dev.conveyor.adapter.cache.readcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.conveyor.application.shared.port.out.CacheSpace;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The last value this process decoded per cache key, with the exact document bytes it was decoded from: a
 * Redis hit whose bytes are the same reuses it instead of parsing the JSON again. An order changes rarely and is
 * read often, and its parsing was the largest part of a Redis hit's CPU of ours (docs/performance.md).
 *
 * <p>Redis stays the only source of what is cached: every hit still reads the document, and only the same bytes
 * reuse a value, so an entry that another instance (or anyone) changed or dropped is seen at once. Values are kept
 * in their {@linkplain CachedDocuments#toHeld held form}, as the in-process cache keeps them, so every reader gets
 * an aggregate of its own.
 */
final class DecodedDocuments {

    private final Map<CacheSpace<?>, Cache<String, Decoded>> spaces = new HashMap<>();

    /** @param maxEntries per space, as the in-process cache ({@code conveyor.read-cache.max-entries}) */
    DecodedDocuments(long maxEntries) {
        for (CacheSpace<?> space : CacheSpace.all()) {
            spaces.put(space, Caffeine.newBuilder().maximumSize(maxEntries).build());
        }
    }

    /**
     * The value {@code document} holds: reused when it is the document last decoded under {@code id}, else
     * {@code parse}d and kept. A document {@code parse} cannot read (empty) is not kept.
     */
    <T> Optional<T> decode(CacheSpace<T> space, String id, byte[] document, Function<byte[], Optional<T>> parse) {
        Cache<String, Decoded> decoded = spaces.get(space);
        Decoded last = decoded.getIfPresent(id);
        if (last != null && Arrays.equals(last.document(), document)) {
            return Optional.of(CachedDocuments.fromHeld(space, last.held()));
        }
        Optional<T> value = parse.apply(document);
        // the value goes to this reader as it is: the held form shares only its immutable parts
        value.ifPresent(parsed -> decoded.put(id, new Decoded(document, CachedDocuments.toHeld(space, parsed))));
        return value;
    }

    /** @param document never changed once kept: Lettuce hands every reply a new array */
    private record Decoded(byte[] document, Object held) {
    }
}

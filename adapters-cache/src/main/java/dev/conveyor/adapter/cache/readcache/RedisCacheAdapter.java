package dev.conveyor.adapter.cache.readcache;

import dev.conveyor.adapter.cache.redis.RedisCommandRunner;
import dev.conveyor.adapter.cache.redis.RedisScript;
import dev.conveyor.adapter.cache.redis.RedisUnavailableException;
import dev.conveyor.application.shared.port.out.CacheInvalidation;
import dev.conveyor.application.shared.port.out.CachePort;
import dev.conveyor.application.shared.port.out.CacheSpace;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache shared by every instance, in Redis, values as JSON documents.
 * Keys (under {@code conveyor.redis.key-prefix}):
 * <pre>
 * cache:v1:epoch                          incremented to drop everything (see below)
 * cache:v1:stripes:&lt;space&gt;               hash: stripe number -&gt; marker of the last invalidation
 * cache:v1:generation:&lt;space&gt;            spaces invalidated as a whole: their current generation
 * cache:v1:&lt;epoch&gt;:&lt;space&gt;:&lt;id&gt;          an entry, expiring after the space's time to live
 * cache:v1:&lt;epoch&gt;:&lt;space&gt;:&lt;gen&gt;:&lt;id&gt;    an entry of a space invalidated as a whole
 * </pre>
 * A lookup reads the epoch, the {@linkplain Stripes stripe markers} (or the
 * generation) and the entries in one script; a fill stores a value only if the
 * epoch and its stripe marker are still those the lookup saw.
 *
 * <p>Redis failing is never an error here (a lookup misses, a fill is
 * skipped), but an invalidation that did not reach Redis leaves entries that
 * may be stale. Then the epoch is incremented as soon as Redis answers again,
 * before this instance reads from it again, which drops every entry at once.
 */
@Singleton
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisCacheAdapter implements CachePort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisCacheAdapter.class);
    private static final String ROOT = "cache:v1:";
    private static final String MISSING = "";

    private static final RedisScript LOOKUP = new RedisScript("""
            local epoch = redis.call('get', KEYS[1]) or '0'
            local reply = {epoch}
            for i = 3, #ARGV, 2 do
              reply[#reply + 1] = redis.call('hget', KEYS[2], ARGV[i + 1]) or ''
              reply[#reply + 1] = redis.call('get', ARGV[1] .. epoch .. ':' .. ARGV[2] .. ':' .. ARGV[i]) or ''
            end
            return reply
            """, ScriptOutputType.MULTI);
    private static final RedisScript LOOKUP_GENERATION = new RedisScript("""
            local epoch = redis.call('get', KEYS[1]) or '0'
            local generation = redis.call('get', KEYS[2]) or '0'
            local reply = {epoch, generation}
            for i = 3, #ARGV do
              reply[#reply + 1] = redis.call('get', ARGV[1] .. epoch .. ':' .. ARGV[2] .. ':' .. generation .. ':'
                  .. ARGV[i]) or ''
            end
            return reply
            """, ScriptOutputType.MULTI);
    private static final RedisScript PEEK = new RedisScript("""
            local prefix = ARGV[1] .. (redis.call('get', KEYS[1]) or '0') .. ':'
            return {redis.call('get', prefix .. ARGV[2] .. ':' .. ARGV[4]) or '',
                    redis.call('get', prefix .. ARGV[3] .. ':' .. ARGV[4]) or ''}
            """, ScriptOutputType.MULTI);
    private static final RedisScript FILL = new RedisScript("""
            if (redis.call('get', KEYS[1]) or '0') ~= ARGV[4] then
              return 0
            end
            local stored = 0
            for i = 5, #ARGV, 4 do
              if (redis.call('hget', KEYS[2], ARGV[i + 1]) or '') == ARGV[i + 2] then
                redis.call('set', ARGV[1] .. ARGV[4] .. ':' .. ARGV[2] .. ':' .. ARGV[i], ARGV[i + 3], 'PX', ARGV[3])
                stored = stored + 1
              end
            end
            return stored
            """, ScriptOutputType.INTEGER);
    private static final RedisScript INVALIDATE = new RedisScript("""
            local epoch = redis.call('get', KEYS[1]) or '0'
            for i = 4, #ARGV, 2 do
              redis.call('hset', KEYS[2], ARGV[i + 1], ARGV[3])
              redis.call('del', ARGV[1] .. epoch .. ':' .. ARGV[2] .. ':' .. ARGV[i])
            end
            return 1
            """, ScriptOutputType.INTEGER);

    private final RedisCommandRunner redis;
    private final ObjectMapper json;
    private final CacheSettings settings;
    private final DecodedDocuments decoded;
    private final String root;
    private final String epochKey;
    private final AtomicBoolean invalidationLost = new AtomicBoolean();

    public RedisCacheAdapter(RedisCommandRunner redis, ObjectMapper json, CacheSettings settings) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
        this.decoded = new DecodedDocuments(settings.localMaxEntries());
        this.root = redis.key(ROOT);
        this.epochKey = redis.key(ROOT + "epoch");
    }

    @Override
    public <T> Lookup<T> lookup(CacheSpace<T> space, Collection<String> ids) {
        List<String> idList = List.copyOf(ids);
        if (idList.isEmpty() || !staleEntriesDropped()) {
            return RedisLookup.unusable(space);
        }
        try {
            return space.invalidatedAsAWhole() ? lookupGeneration(space, idList) : lookupEntries(space, idList);
        } catch (RedisUnavailableException e) {
            return RedisLookup.unusable(space);
        }
    }

    private <T> Lookup<T> lookupEntries(CacheSpace<T> space, List<String> ids) {
        List<String> args = new ArrayList<>(List.of(root, space.name()));
        for (String id : ids) {
            args.add(id);
            args.add(Integer.toString(Stripes.of(id)));
        }
        List<Object> reply = LOOKUP.run(redis, new String[] {epochKey, stripesKey(space)},
                args.toArray(String[]::new));
        Map<String, T> hits = new HashMap<>();
        Map<String, String> markers = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            markers.put(id, text(reply.get(1 + 2 * i)));
            decode(space, text(reply.get(2 + 2 * i))).ifPresent(value -> hits.put(id, value));
        }
        return new RedisLookup<>(space, true, text(reply.get(0)), null, hits, markers);
    }

    private <T> Lookup<T> lookupGeneration(CacheSpace<T> space, List<String> ids) {
        List<String> args = new ArrayList<>(List.of(root, space.name()));
        args.addAll(ids);
        List<Object> reply = LOOKUP_GENERATION.run(redis, new String[] {epochKey, generationKey(space)},
                args.toArray(String[]::new));
        Map<String, T> hits = new HashMap<>();
        Map<String, String> markers = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            markers.put(id, MISSING);
            decode(space, text(reply.get(2 + i))).ifPresent(value -> hits.put(id, value));
        }
        return new RedisLookup<>(space, true, text(reply.get(0)), text(reply.get(1)), hits, markers);
    }

    /**
     * Both entries in one script on a read connection; the I/O thread that reads the reply only hands its bytes
     * on, and they are decoded on {@code continueOn}: one I/O thread decoding every hit was the bottleneck
     * (docs/performance.md). Spaces invalidated as a whole are not peeked (their generation is not looked at).
     */
    @Override
    public <T, U> CompletionStage<Peek<T, U>> peek(CacheSpace<T> space, CacheSpace<U> companion, String id,
                                                  Executor continueOn) {
        if (space.invalidatedAsAWhole() || companion.invalidatedAsAWhole() || invalidationLost.get()) {
            // after a lost invalidation, a lookup drops the entries it may have left before anything is read
            return CompletableFuture.completedFuture(Peek.nothing());
        }
        CompletableFuture<List<Object>> reply = PEEK.runWithoutBlocking(redis, new String[] {epochKey},
                bytes(root), bytes(space.name()), bytes(companion.name()), bytes(id));
        return reply.handleAsync((entries, failure) -> failure != null ? Peek.<T, U>nothing()
                : new Peek<>(decode(space, id, (byte[]) entries.get(0)),
                        decode(companion, id, (byte[]) entries.get(1))),
                continueOn);
    }

    @Override
    public <T> void fill(Lookup<T> lookup, Map<String, T> loaded) {
        RedisLookup<T> mine = (RedisLookup<T>) lookup;
        if (!mine.usable()) {
            return;
        }
        List<String> ids = loaded.keySet().stream()
                .filter(id -> mine.markers().containsKey(id) && !mine.hits().containsKey(id))
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        CacheSpace<T> space = mine.space();
        long ttlMillis = settings.ttl(space).toMillis();
        try {
            if (space.invalidatedAsAWhole()) {
                // a value filled under a generation that moved on is never read again: no check needed
                for (String id : ids) {
                    String key = root + mine.epoch() + ':' + space.name() + ':' + mine.generation() + ':' + id;
                    redis.call(commands -> commands.set(key, encode(space, loaded.get(id)),
                            SetArgs.Builder.px(ttlMillis)));
                }
                return;
            }
            List<String> args = new ArrayList<>(List.of(root, space.name(), Long.toString(ttlMillis),
                    mine.epoch()));
            for (String id : ids) {
                args.add(id);
                args.add(Integer.toString(Stripes.of(id)));
                args.add(mine.markers().get(id));
                args.add(encode(space, loaded.get(id)));
            }
            FILL.run(redis, new String[] {epochKey, stripesKey(space)}, args.toArray(String[]::new));
        } catch (RedisUnavailableException e) {
            LOG.debug("cache fill skipped: {}", e.getMessage());
        }
    }

    @Override
    public void invalidate(CacheInvalidation invalidation) {
        String marker = UUID.randomUUID().toString();
        try {
            invalidation.entries().forEach((space, ids) -> invalidateEntries(space, ids, marker));
            for (CacheSpace<?> space : invalidation.wholeSpaces()) {
                redis.call(commands -> commands.set(generationKey(space), marker));
            }
        } catch (RedisUnavailableException e) {
            if (invalidationLost.compareAndSet(false, true)) {
                LOG.warn("a cache invalidation did not reach Redis ({}); the whole cache is dropped once Redis "
                        + "answers again", e.getMessage());
            }
        }
    }

    private void invalidateEntries(CacheSpace<?> space, Set<String> ids, String marker) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>(List.of(root, space.name(), marker));
        for (String id : ids) {
            args.add(id);
            args.add(Integer.toString(Stripes.of(id)));
        }
        INVALIDATE.run(redis, new String[] {epochKey, stripesKey(space)}, args.toArray(String[]::new));
    }

    /** Instances that read but do not write must not wait for this instance's next request. */
    @Scheduled(fixedDelay = "${conveyor.read-cache.lost-invalidation-retry:1s}")
    void dropStaleEntriesOnceRedisAnswers() {
        staleEntriesDropped();
    }

    /** False while an invalidation was lost and Redis still does not answer. */
    private boolean staleEntriesDropped() {
        if (!invalidationLost.get()) {
            return true;
        }
        try {
            redis.call(commands -> commands.incr(epochKey));
            invalidationLost.set(false);
            LOG.info("Redis answers again; dropped every cache entry an invalidation may have missed");
            return true;
        } catch (RedisUnavailableException e) {
            return false;
        }
    }

    private String stripesKey(CacheSpace<?> space) {
        return redis.key(ROOT + "stripes:" + space.name());
    }

    private String generationKey(CacheSpace<?> space) {
        return redis.key(ROOT + "generation:" + space.name());
    }

    private String encode(CacheSpace<?> space, Object value) {
        try {
            return json.writeValueAsString(CachedDocuments.toDocument(space, value));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a " + space + " cache document", e);
        }
    }

    private <T> Optional<T> decode(CacheSpace<T> space, String document) {
        return document.equals(MISSING) ? Optional.empty()
                : parsed(space, () -> json.readValue(document, CachedDocuments.documentType(space)));
    }

    private <T> Optional<T> decode(CacheSpace<T> space, String id, byte[] document) {
        return document == null || document.length == 0 ? Optional.empty()
                : decoded.decode(space, id, document,
                        bytes -> parsed(space, () -> json.readValue(bytes, CachedDocuments.documentType(space))));
    }

    /** A document this version cannot read (written by another one) counts as a miss. */
    private <T> Optional<T> parsed(CacheSpace<T> space, DocumentReader reader) {
        try {
            return Optional.of(CachedDocuments.fromDocument(space, reader.read()));
        } catch (IOException | RuntimeException e) {
            LOG.debug("unreadable {} cache document counts as a miss: {}", space, e.getMessage());
            return Optional.empty();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private interface DocumentReader {
        Object read() throws IOException;
    }

    private static String text(Object reply) {
        return reply == null ? MISSING : reply.toString();
    }

    /**
     * @param markers    the stripe marker seen per id looked up
     * @param generation the space's generation, for spaces invalidated as a whole
     */
    private record RedisLookup<T>(CacheSpace<T> space, boolean usable, String epoch, String generation,
                                  Map<String, T> hits, Map<String, String> markers) implements Lookup<T> {

        static <T> RedisLookup<T> unusable(CacheSpace<T> space) {
            return new RedisLookup<>(space, false, null, null, Map.of(), Map.of());
        }
    }
}

package dev.conveyor.adapter.cache.ratelimit;

import io.github.bucket4j.redis.lettuce.RedisApi;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.BooleanOutput;
import io.lettuce.core.output.ByteArrayOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;

/**
 * Bucket4j's Redis calls on the application's one connection, whose values
 * are text: keys go as text, the bucket states Bucket4j keeps as raw bytes are
 * sent and read as bytes. So the rate limiter shares the connection, the
 * timeout and the circuit breaker of every other Redis call. Keys are typed
 * {@code Object}: Bucket4j hands them over in an {@code Object[]}, which a
 * {@code String[]} parameter could not take.
 */
final class RedisBucketApi implements RedisApi<Object> {

    private static final StringCodec CODEC = StringCodec.UTF8;

    private final RedisAsyncCommands<String, String> commands;

    RedisBucketApi(RedisAsyncCommands<String, String> commands) {
        this.commands = commands;
    }

    /** Bucket4j's compare-and-swap scripts answer true or false; it asks for nothing else. */
    @Override
    @SuppressWarnings("unchecked")
    public <V> RedisFuture<V> eval(String script, ScriptOutputType type, Object[] keys, byte[][] params) {
        if (type != ScriptOutputType.BOOLEAN) {
            // a Bucket4j upgrade that asked for another output would otherwise get a wrongly decoded answer
            throw new IllegalArgumentException("only boolean scripts are expected from Bucket4j, not " + type);
        }
        CommandArgs<String, String> args = new CommandArgs<>(CODEC).add(script).add(keys.length);
        for (Object key : keys) {
            args.addKey((String) key);
        }
        for (byte[] param : params) {
            args.add(param);
        }
        return (RedisFuture<V>) commands.dispatch(CommandType.EVAL, new BooleanOutput<>(CODEC), args);
    }

    @Override
    public RedisFuture<byte[]> get(Object key) {
        return commands.dispatch(CommandType.GET, new ByteArrayOutput<>(CODEC),
                new CommandArgs<>(CODEC).addKey((String) key));
    }

    @Override
    public RedisFuture<?> delete(Object key) {
        return commands.del((String) key);
    }
}

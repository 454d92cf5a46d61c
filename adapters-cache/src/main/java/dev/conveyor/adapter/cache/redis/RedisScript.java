package dev.conveyor.adapter.cache.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A Lua script sent by its SHA-1 digest, and in full only when Redis does not
 * know it yet (first use, or after a restart emptied its script cache).
 */
public final class RedisScript {

    private final String source;
    private final String sha;
    private final ScriptOutputType output;

    public RedisScript(String source, ScriptOutputType output) {
        this.source = source;
        this.output = output;
        try {
            this.sha = HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }

    /** @throws RedisUnavailableException as {@link RedisCommandRunner#call} does */
    public <T> T run(RedisCommandRunner redis, String[] keys, String... args) {
        try {
            return redis.call(commands -> commands.<T>evalsha(sha, output, keys, args));
        } catch (RedisUnavailableException e) {
            if (!(e.getCause() instanceof RedisNoScriptException)) {
                throw e;
            }
            return redis.call(commands -> commands.<T>eval(source, output, keys, args));
        }
    }

    /**
     * Runs it as {@link RedisCommandRunner#callWithoutBlocking} does: without blocking the caller, values (and the
     * reply's strings) as bytes.
     */
    public <T> CompletableFuture<T> runWithoutBlocking(RedisCommandRunner redis, String[] keys, byte[]... args) {
        return redis.<T>callWithoutBlocking(commands -> commands.evalsha(sha, output, keys, args))
                .exceptionallyCompose(failure -> (failure instanceof CompletionException ? failure.getCause() : failure)
                        .getCause() instanceof RedisNoScriptException
                        ? redis.callWithoutBlocking(commands -> commands.eval(source, output, keys, args))
                        : CompletableFuture.failedFuture(failure));
    }
}

package dev.conveyor.bootstrap.ops;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to start with a setting whose value cannot be what application.yml's default is (a number, a
 * duration, true or false), or is none of a switch's choices. Without it a bad value would silently fall back to
 * the default, leave a port without adapter, or break the first request that needs it.
 */
@Context
public class SettingsCheck {

    private static final String DEFAULTS = "application";
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([^:}]+):([^}]*)}$");
    private static final Pattern INTEGER = Pattern.compile("^-?\\d+$");
    private static final Pattern DURATION = Pattern.compile("^\\d+(ms|s|m|h|d)$");
    private static final Pattern BOOLEAN = Pattern.compile("^(true|false)$");
    /** The switches that choose adapters: any other value would start without one (or with none of them). */
    private static final Map<String, List<String>> CHOICES = Map.of(
            "conveyor.persistence", List.of("jdbc", "memory"),
            "conveyor.cache", List.of("local", "redis", "none"),
            "conveyor.mail.transport", List.of("log", "smtp"),
            "conveyor.events.bus", List.of("none", "nats"),
            "conveyor.media.store", List.of("filesystem", "s3"));
    private static final Logger LOG = LoggerFactory.getLogger("conveyor");

    SettingsCheck(Environment environment) {
        for (PropertySource source : environment.getPropertySources()) {
            if (DEFAULTS.equals(source.getName())) {
                for (String key : source) {
                    check(environment, key, String.valueOf(source.get(key)));
                }
            }
        }
        CHOICES.forEach((key, choices) -> environment.getProperty(key, String.class).map(String::strip)
                .filter(value -> !choices.contains(value)).ifPresent(value -> {
                    throw new BadSettingException(named(key), value, String.join(" or ", choices));
                }));
        checkEventBus(environment);
        checkMediaBucket(environment);
    }

    /** Without a bucket the S3 media store would fail on the first picture rather than at start. */
    private static void checkMediaBucket(Environment environment) {
        boolean s3 = "s3".equals(environment.getProperty("conveyor.media.store", String.class).map(String::strip)
                .orElse("filesystem"));
        if (s3 && environment.getProperty("conveyor.media.s3.bucket", String.class).filter(b -> !b.isBlank()).isEmpty()) {
            throw new BadSettingException("setting " + named("conveyor.media.store") + " is s3, but "
                    + named("conveyor.media.s3.bucket") + " names no bucket; set it to the bucket the pictures go to");
        }
    }

    /** The bus needs a server to publish to; a server without the bus switched on publishes nothing. */
    private static void checkEventBus(Environment environment) {
        boolean nats = "nats".equals(environment.getProperty("conveyor.events.bus", String.class).map(String::strip)
                .orElse("none"));
        boolean url = environment.getProperty("conveyor.nats.url", String.class).filter(u -> !u.isBlank()).isPresent();
        if (nats && !url) {
            throw new BadSettingException("setting " + named("conveyor.events.bus") + " is nats, but "
                    + named("conveyor.nats.url") + " names no server; set it, like nats://127.0.0.1:4222");
        }
        if (url && !nats) {
            LOG.warn("{} is set but {} is not nats: no event is published to NATS", named("conveyor.nats.url"),
                    named("conveyor.events.bus"));
        }
    }

    private static String named(String key) {
        return key + " (" + Settings.variable(key) + ")";
    }

    private static void check(Environment environment, String key, String declared) {
        var placeholder = PLACEHOLDER.matcher(declared);
        boolean variable = placeholder.matches();
        String fallback = variable ? placeholder.group(2) : declared;
        String named = key + " (" + Stream.of(variable ? Settings.variable(placeholder.group(1)) : "",
                Settings.variable(key)).filter(v -> !v.isEmpty()).distinct().collect(Collectors.joining(" or ")) + ")";
        Optional<String> value = environment.getProperty(key, String.class);
        if (value.isEmpty() || value.get().equals(fallback)) {
            return;
        }
        String actual = value.get().strip();
        if (INTEGER.matcher(fallback).matches() && !INTEGER.matcher(actual).matches()) {
            throw new BadSettingException(named, actual, "a whole number, like " + fallback);
        }
        if (BOOLEAN.matcher(fallback).matches() && !BOOLEAN.matcher(actual.toLowerCase(Locale.ROOT)).matches()) {
            throw new BadSettingException(named, actual, "true or false");
        }
        if (DURATION.matcher(fallback).matches()
                && environment.convert(actual, Duration.class).isEmpty()) {
            throw new BadSettingException(named, actual, "a duration, like " + fallback + " (ms, s, m, h or d)");
        }
    }

    /** A setting whose value cannot be used; the start fails with {@link StartFailure}'s line for it. */
    static final class BadSettingException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BadSettingException(String named, String value, String expected) {
            this("setting " + named + " has a bad value '" + value + "': expected " + expected);
        }

        BadSettingException(String message) {
            super(message);
        }
    }
}

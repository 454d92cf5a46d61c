package dev.conveyor.bootstrap.ops;

import java.net.URI;
import java.util.Locale;

/** How operators see settings: the environment variable of a key, and addresses without their secrets. */
final class Settings {

    private Settings() {
    }

    /** {@code datasources.default.url} → {@code DATASOURCES_DEFAULT_URL}, as Micronaut binds variables. */
    static String variable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * "H2 ./data/conveyor" or "PostgreSQL db.example:5432/conveyor": a JDBC URL without its options,
     * which may carry credentials.
     */
    static String database(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            String location = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
            return "H2 " + location.replaceFirst("^(file|mem):", "");
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            String rest = jdbcUrl.substring("jdbc:postgresql:".length()).split("\\?", 2)[0];
            return "PostgreSQL " + rest.replaceFirst("^//", "");
        }
        return jdbcUrl.split("[?;]", 2)[0];
    }

    /** "redis://cache:6379" (or "nats://bus:4222") without user, password or options. */
    static String redis(String uri) {
        try {
            URI parsed = URI.create(uri);
            return parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() < 0 ? "" : ":" + parsed.getPort());
        } catch (IllegalArgumentException e) {
            return "(unreadable address)";
        }
    }
}

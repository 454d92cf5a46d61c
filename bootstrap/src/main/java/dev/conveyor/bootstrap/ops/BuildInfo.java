package dev.conveyor.bootstrap.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version and commit this server was built from (conveyor-build.properties, filled in by Maven). */
public record BuildInfo(String version, String commit) {

    private static final String UNKNOWN = "unknown";

    public static BuildInfo ofThisBuild() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/conveyor-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(filled(properties.getProperty("version")), filled(properties.getProperty("commit")));
    }

    /** A build outside a git checkout (or from an IDE) leaves the placeholder unfilled. */
    private static String filled(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value;
    }
}

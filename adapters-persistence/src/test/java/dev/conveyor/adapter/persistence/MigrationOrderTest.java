package dev.conveyor.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A database migrated by an earlier release must still start: Flyway fails validation when a
 * migration appears below versions it has already applied ("resolved migration not applied").
 */
class MigrationOrderTest {

    private static final Pattern VERSION = Pattern.compile("V(\\d+(?:_\\d+)*)__.+\\.sql");
    private static final List<String> LOCATIONS = List.of("/db/migration", "/db/vendor/postgresql");

    @Test
    void everyMigrationHasShippedOrComesAfterTheLastOneThatHas() throws Exception {
        List<BigDecimal> released = released();
        BigDecimal last = released.stream().max(BigDecimal::compareTo).orElseThrow();
        List<BigDecimal> versions = versions();
        assertFalse(versions.isEmpty());
        for (BigDecimal version : versions) {
            assertTrue(released.stream().anyMatch(r -> r.compareTo(version) == 0) || version.compareTo(last) > 0,
                    "migration V" + version + " sorts below V" + last
                            + ", which has shipped: give it a version above " + last);
        }
    }

    private static List<BigDecimal> versions() throws IOException, URISyntaxException {
        Stream<BigDecimal> all = Stream.empty();
        for (String location : LOCATIONS) {
            Path folder = Path.of(Objects.requireNonNull(MigrationOrderTest.class.getResource(location),
                    location).toURI());
            try (Stream<Path> files = Files.list(folder)) {
                List<BigDecimal> found = files.map(file -> VERSION.matcher(file.getFileName().toString()))
                        .filter(Matcher::matches)
                        .map(match -> new BigDecimal(match.group(1).replace('_', '.')))
                        .toList();
                all = Stream.concat(all, found.stream());
            }
        }
        return all.toList();
    }

    private static List<BigDecimal> released() throws IOException {
        try (InputStream in = MigrationOrderTest.class.getResourceAsStream("/db/released-migrations.txt")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(BigDecimal::new)
                    .toList();
        }
    }
}

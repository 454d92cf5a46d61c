package dev.conveyor.bootstrap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's API tour, read from README.md itself so that the text and the test cannot drift, run with
 * {@code bash -euo pipefail} (a failing call stops it) against a server started as the README's first command
 * starts it, twice on the same server: a fresh server and a second run both work.
 */
class ReadmeTourTest {

    private static final Path README = Path.of("..", "README.md");

    @TempDir
    Path folder;

    @Test
    void theTourRunsOnAFreshServerAndAgain() throws Exception {
        String tour = tour();
        assertFalse(tour.contains("DESIGN.md"), "the tour names no file outside the repository");
        int port = ServerProcess.freePort();
        try (ServerProcess server = ServerProcess.start(folder, Map.of("PORT", String.valueOf(port),
                "CONVEYOR_ADMIN_EMAIL", "admin@conveyor.local", "CONVEYOR_ADMIN_PASSWORD", "change-me-now-please",
                // the README's server confirms after 60 s; the tour waits for it either way
                "CONVEYOR_ORDERS_CANCELLATION_WINDOW", "3s"))) {
            server.awaitLine(line -> line.contains("listening on"), Duration.ofMinutes(2));
            for (int run = 1; run <= 2; run++) {
                String output = run(tour, "http://127.0.0.1:" + port);

                assertTrue(output.contains("\"status\": \"CANCELLED\""), "run " + run + ", the first order:\n" + output);
                assertTrue(output.contains("\"status\": \"PROCESSING\""), "run " + run + ", the second:\n" + output);
                assertTrue(output.contains("order:confirmed"), "run " + run + ", its timeline:\n" + output);
            }
        }
    }

    /** The first bash block after the "API tour" heading. */
    private static String tour() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## API tour\n");
        assertTrue(section >= 0, "README.md has an API tour");
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        int end = readme.indexOf("\n```", start);
        return readme.substring(start, end);
    }

    private String run(String tour, String base) throws Exception {
        Path script = folder.resolve("tour.sh");
        Files.writeString(script, tour, StandardCharsets.UTF_8);
        Path output = folder.resolve("tour.out");
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", script.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        bash.environment().put("BASE", base);
        Process process = bash.start();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(ended, "the tour did not end:\n" + text);
        assertEquals(0, process.exitValue(), "the tour failed:\n" + text);
        return text;
    }
}

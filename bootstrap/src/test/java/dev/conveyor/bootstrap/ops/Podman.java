package dev.conveyor.bootstrap.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Podman as the image tests use it: runc as the runtime and no raised ulimits (crun and raising RLIMIT_NPROC
 * fail on these machines), set by a containers.conf of its own so that the commands stay the ones a person types.
 */
final class Podman {

    /** Whether the image tests must run: {@code .ci/run} exports it, so that a CI without podman fails. */
    static final String REQUIRED_VARIABLE = "CONVEYOR_TEST_IMAGE";

    private final Path configuration;

    private Podman(Path configuration) {
        this.configuration = configuration;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/podman")) || onPath("podman");
    }

    static boolean required() {
        return "required".equals(System.getenv(REQUIRED_VARIABLE));
    }

    static Podman in(Path folder) {
        Path configuration = folder.resolve("containers.conf");
        try {
            Files.writeString(configuration, "[containers]\ndefault_ulimits = []\n[engine]\nruntime = \"runc\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Podman(configuration);
    }

    /** Runs podman with these arguments; fails with its output unless it exits with 0. */
    String expect(Duration within, String... arguments) {
        Result result = run(within, arguments);
        if (result.exitCode() != 0) {
            throw new AssertionError("podman " + String.join(" ", arguments) + " exited with " + result.exitCode()
                    + ":\n" + result.output());
        }
        return result.output().strip();
    }

    Result run(Duration within, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("podman");
        command.addAll(List.of(arguments));
        return command(within, null, command);
    }

    /** Any command with this podman configuration (a script that calls podman, for one). */
    Result command(Duration within, Path directory, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().put("CONTAINERS_CONF", configuration.toString());
        try {
            Path output = Files.createTempFile(configuration.getParent(), "podman", ".out");
            builder.redirectOutput(output.toFile());
            Process process = builder.start();
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end within " + within + ":\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), withoutSystemdNoise(Files.readString(output, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Podman schedules health checks with systemd timers; without systemd it says so on every run and stop. */
    private static String withoutSystemdNoise(String output) {
        StringBuilder kept = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            if (!(line.contains("level=error") && line.toLowerCase(Locale.ROOT).contains("systemd"))) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(":")) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    record Result(int exitCode, String output) {
    }
}

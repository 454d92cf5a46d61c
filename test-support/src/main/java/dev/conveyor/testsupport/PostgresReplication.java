package dev.conveyor.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private PostgreSQL primary and its streaming replica ({@code pg_basebackup -R}), each in its own data
 * directory on a free loopback port, started and stopped by the test with the machine's PostgreSQL binaries
 * ({@code CONVEYOR_TEST_PG_BIN}, default {@code /usr/lib/postgresql/15/bin}). A private primary because the
 * shared server's {@code pg_hba.conf} allows no replication connections and changing it is not a test's
 * business. PostgreSQL refuses to run as root: as root the binaries run as the {@code postgres} user.
 */
public final class PostgresReplication implements AutoCloseable {

    private static final String DATABASE = "conveyor";

    private final Path bin;
    private final Path root;
    private final int primaryPort;
    private final int replicaPort;

    private PostgresReplication(Path bin, Path root, int primaryPort, int replicaPort) {
        this.bin = bin;
        this.root = root;
        this.primaryPort = primaryPort;
        this.replicaPort = replicaPort;
    }

    /** Starts both, with an empty database {@value #DATABASE} that the replica has too. */
    public static PostgresReplication start() {
        String configured = System.getenv("CONVEYOR_TEST_PG_BIN");
        Path bin = Path.of(configured == null || configured.isBlank() ? "/usr/lib/postgresql/15/bin" : configured);
        try {
            Path root = Files.createTempDirectory("conveyor-replication");
            PostgresReplication cluster = new PostgresReplication(bin, root, ServerProcess.freePort(),
                    ServerProcess.freePort());
            cluster.startBoth();
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a PostgreSQL primary and replica from " + bin + ": "
                    + e.getMessage(), e);
        }
    }

    public String primaryUrl() {
        return url(primaryPort);
    }

    public String replicaUrl() {
        return url(replicaPort);
    }

    public int primaryPort() {
        return primaryPort;
    }

    /** Stops the replica at once (as a crash would): reads must go on on the primary. */
    public void stopReplica() {
        pgCtl("stop", "-D", dir("replica"), "-m", "immediate");
    }

    public void startReplica() {
        pgCtl("start", "-D", dir("replica"), "-l", dir("replica.log"), "-o", options(replicaPort));
    }

    @Override
    public void close() {
        for (String node : List.of("replica", "primary")) {
            try {
                pgCtl("stop", "-D", dir(node), "-m", "immediate");
            } catch (IllegalStateException e) {
                // already stopped
            }
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }

    private void startBoth() throws IOException {
        if (asRoot()) {
            run("chown", "postgres:postgres", root.toString());
        }
        run(binary("initdb"), "-D", dir("primary"), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8",
                "--locale=C.UTF-8");
        pgCtl("start", "-D", dir("primary"), "-l", dir("primary.log"), "-o", options(primaryPort)
                + " -c wal_level=replica -c max_wal_senders=4");
        run(binary("psql"), "-h", "127.0.0.1", "-p", String.valueOf(primaryPort), "-U", "postgres", "-d",
                "postgres", "-qc", "CREATE DATABASE " + DATABASE);
        run(binary("pg_basebackup"), "-h", "127.0.0.1", "-p", String.valueOf(primaryPort), "-U", "postgres",
                "-D", dir("replica"), "-R", "-X", "stream", "--no-sync");
        startReplica();
    }

    /** Loopback only, the socket in the data directory's parent, no durability: a throw-away server. */
    private String options(int port) {
        return "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + root
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60";
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(binary("pg_ctl"), "-w", "-t", "60"));
        command.addAll(List.of(arguments));
        run(command.toArray(String[]::new));
    }

    private String binary(String name) {
        return bin.resolve(name).toString();
    }

    private String dir(String name) {
        return root.resolve(name).toString();
    }

    private void run(String... command) {
        List<String> line = new ArrayList<>();
        if (asRoot() && !command[0].equals("chown")) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(root.resolve("commands.log").toFile().exists()
                            ? ProcessBuilder.Redirect.appendTo(root.resolve("commands.log").toFile())
                            : ProcessBuilder.Redirect.to(root.resolve("commands.log").toFile()))
                    .start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed: "
                        + Files.readString(root.resolve("commands.log")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", line) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=postgres";
    }
}

package dev.conveyor.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A private PgBouncer ({@code pgbouncer}, Debian package) in transaction pooling mode on a free loopback port,
 * in front of the test PostgreSQL server: every database of that server under its own name, few server
 * connections, so that consecutive transactions of one client land on different server connections. It
 * refuses to run as root: as root it runs as the {@code postgres} user.
 */
public final class PgBouncerProcess implements AutoCloseable {

    private static PgBouncerProcess shared;

    private final Path dir;
    private final int port;
    private ServerProcess process;

    /** One PgBouncer in front of the test PostgreSQL server for the whole test run, stopped when the JVM ends. */
    public static synchronized PgBouncerProcess shared() {
        if (shared == null) {
            String server = TestPostgres.serverUrl();
            java.net.URI uri = java.net.URI.create(server.substring("jdbc:".length()));
            shared = start(uri.getHost(), TestPostgres.port(server), 4);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop-pgbouncer"));
        }
        return shared;
    }

    private PgBouncerProcess(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** @param poolSize server connections per database and user */
    public static PgBouncerProcess start(String serverHost, int serverPort, int poolSize) {
        try {
            Path dir = Files.createTempDirectory("conveyor-pgbouncer");
            PgBouncerProcess bouncer = new PgBouncerProcess(dir, ServerProcess.freePort());
            bouncer.configure(serverHost, serverPort, poolSize);
            bouncer.startProcess();
            return bouncer;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start pgbouncer (is it installed? apt-get install pgbouncer): "
                    + e.getMessage(), e);
        }
    }

    /**
     * The URL of a database of the test server through this PgBouncer. {@code prepareThreshold=0}: PgBouncer
     * before 1.21 does not track server-side prepared statements, which pgjdbc would otherwise reuse by name
     * on whatever server connection the next transaction gets.
     */
    public String url(String directUrl) {
        String through = TestPostgres.throughPort(directUrl, port);
        return through + (through.contains("?") ? "&" : "?") + "prepareThreshold=0";
    }

    public int port() {
        return port;
    }

    /**
     * The settings that run an application on the database {@code directUrl} of the test server through this
     * PgBouncer; migrations go to the database directly (Flyway's own URL): they hold a session-level lock.
     */
    public Map<String, String> applicationProperties(String directUrl) {
        return Map.of("datasources.default.url", url(directUrl),
                "datasources.default.username", "",
                "datasources.default.password", "",
                "flyway.datasources.default.url", directUrl);
    }

    /**
     * The transactions PgBouncer passed to the database {@code directUrl} so far, waiting up to {@code patience}
     * for the first: PgBouncer updates its counts every second (stats_period).
     */
    public long awaitTransactions(String directUrl, Duration patience) throws InterruptedException {
        String name = directUrl.substring(directUrl.lastIndexOf('/') + 1, directUrl.indexOf('?'));
        long deadline = System.nanoTime() + patience.toNanos();
        while (transactions(name) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return transactions(name);
    }

    /**
     * Transactions PgBouncer passed to {@code database} so far, from its admin console's SHOW STATS (with psql:
     * pgjdbc sends the console a SET it refuses).
     */
    public long transactions(String database) {
        try {
            Process psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres",
                    "-d", "pgbouncer", "-A", "-F", "|", "-c", "SHOW STATS").redirectErrorStream(true).start();
            List<String> lines = new String(psql.getInputStream().readAllBytes()).lines().toList();
            if (psql.waitFor() != 0 || lines.isEmpty()) {
                throw new IllegalStateException("psql failed: " + lines);
            }
            List<String> columns = List.of(lines.get(0).split("\\|"));
            return lines.stream().skip(1).map(line -> line.split("\\|"))
                    .filter(row -> row.length == columns.size() && row[0].equals(database))
                    .mapToLong(row -> Long.parseLong(row[columns.indexOf("total_xact_count")])).sum();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read PgBouncer's statistics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private void configure(String serverHost, int serverPort, int poolSize) throws IOException {
        Files.writeString(dir.resolve("userlist.txt"), "\"postgres\" \"\"\n");
        Files.writeString(dir.resolve("pgbouncer.ini"), """
                [databases]
                * = host=%s port=%d
                [pgbouncer]
                listen_addr = 127.0.0.1
                listen_port = %d
                unix_socket_dir =
                auth_type = trust
                admin_users = postgres
                stats_period = 1
                auth_file = %s
                pool_mode = transaction
                default_pool_size = %d
                max_client_conn = 1000
                ignore_startup_parameters = extra_float_digits,options
                logfile = %s
                """.formatted(serverHost, serverPort, port, dir.resolve("userlist.txt"), poolSize,
                dir.resolve("pgbouncer.log")));
    }

    private void startProcess() throws IOException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            new ProcessBuilder("chown", "-R", "postgres:postgres", dir.toString()).start().onExit().join();
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.addAll(List.of("pgbouncer", dir.resolve("pgbouncer.ini").toString()));
        process = ServerProcess.start(command, port, dir.resolve("output.log"));
    }
}

package dev.conveyor.bootstrap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.accounts.port.in.ListUsersQuery;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.catalog.port.in.ListProductsQuery.ProductFilter;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.bootstrap.demo.DemoShopView;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/operations.md's backup and restore, done: a populated database (the demo shop) is dumped with
 * {@code pg_dump --format=custom}, restored with {@code pg_restore} into a new database, and a server started on
 * it finds the same shop (Flyway accepts the restored schema history) and goes on numbering where it left off.
 */
class BackupRestoreTest {

    @TempDir
    Path folder;

    @Test
    void aDumpOfAPopulatedDatabaseRestoresIntoANewOneAServerStartsOn() throws Exception {
        String original = TestPostgres.freshDatabase();
        List<String> before;
        try (ApplicationContext context = ApplicationContext.run(settings(original, true))) {
            before = DemoShopView.describe(context);
        }

        Path dump = folder.resolve("conveyor.dump");
        run("pg_dump", "--format=custom", "--no-owner", "--file=" + dump, "--dbname=" + libpq(original));
        String restored = TestPostgres.freshDatabase();
        run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restored), dump.toString());

        try (ApplicationContext context = ApplicationContext.run(settings(restored, false))) {
            assertEquals(before, DemoShopView.describe(context), "the restored shop is the one backed up");

            Actor admin = Actor.user(new UserId(UUID.randomUUID()), Role.ADMIN, "restore-test");
            User ada = context.getBean(ListUsersQuery.class).list(admin, Role.CUSTOMER, "ada.lovelace",
                    PageRequest.of(0, 1)).items().get(0);
            ProductId mug = context.getBean(ListProductsQuery.class).catalogue(Actor.anonymous("restore-test"),
                    new ProductFilter("stoneware", null, null, null), PageRequest.of(0, 1)).items().get(0).id();
            String number = context.getBean(PlaceOrderUseCase.class).place(Actor.user(ada.id(), Role.CUSTOMER, "restore-test"),
                    new PlaceOrderCommand(List.of(new PlaceOrderCommand.Line(mug, 1)),
                            Address.of("shippingAddress", "Ada Lovelace", "12 St James's Square", null, "London", null,
                                    "SW1Y 4JH", "GB"), null), null).order().number();
            String last = before.stream().filter(line -> line.startsWith("order ")).map(line -> line.split(" ")[1])
                    .max(String::compareTo).orElseThrow();
            assertTrue(number.compareTo(last) > 0, "the numbering goes on after " + last + ": " + number);
        }
    }

    private Map<String, Object> settings(String databaseUrl, boolean demo) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("datasources.default.url", databaseUrl);
        settings.put("datasources.default.username", "");
        settings.put("datasources.default.password", "");
        settings.put("conveyor.demo.enabled", String.valueOf(demo));
        // the demo's orders placed "just now" stay PENDING while the test compares
        settings.put("conveyor.orders.cancellation-window", "10m");
        // the demo's pictures: the files a backup of the database leaves out (the media directory is copied apart)
        settings.put("conveyor.media.directory", folder.resolve("media").toString());
        settings.put("micronaut.server.port", "-1");
        return settings;
    }

    /** The connection URI libpq's tools take, from a JDBC URL (the credentials are in its query). */
    private static String libpq(String jdbcUrl) {
        return jdbcUrl.substring("jdbc:".length());
    }

    private void run(String... command) throws Exception {
        Path output = folder.resolve(command[0] + ".out");
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), command[0] + " did not end");
        assertEquals(0, process.exitValue(), command[0] + ":\n" + Files.readString(output, StandardCharsets.UTF_8));
    }
}

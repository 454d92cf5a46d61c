package dev.conveyor.bootstrap.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.user.Role;
import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database, both running the mail consumer's runner and the mail sender against one SMTP
 * server (GreenMail): every mail the events cause arrives exactly once, whichever instance queued or sent it.
 */
class MailAcrossInstancesTest {

    private static final int CUSTOMERS = 6;
    private static final int ORDERS_EACH = 3;

    @Test
    void twoInstancesSendingTheSameOutboxNeverSendAMailTwice() throws Exception {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String database = TestPostgres.freshDatabase();
        try (ApplicationContext a = instance(database, port); ApplicationContext b = instance(database, port)) {
            // the mail consumer starts at the log's end the first time it runs: only what comes after it is mailed
            await(() -> count(database, "SELECT count(*) FROM event_consumer WHERE name = 'mail'") == 1,
                    "the mail consumer registered its position");
            Shop shop = a.getBean(Shop.class);
            Product product = shop.product(shop.user(Role.SELLER), 1_000);
            for (int i = 0; i < CUSTOMERS; i++) {
                ApplicationContext instance = i % 2 == 0 ? a : b;
                Actor customer = instance.getBean(Shop.class).customer();
                for (int j = 0; j < ORDERS_EACH; j++) {
                    instance.getBean(PlaceOrderUseCase.class).place(customer, Shop.order(product.id(), 1), null);
                }
            }
            await(() -> count(database, "SELECT count(*) FROM mail_outbox WHERE template = 'ORDER_PLACED'")
                    == CUSTOMERS * ORDERS_EACH
                    && count(database, "SELECT count(*) FROM mail_outbox WHERE status <> 'SENT'") == 0,
                    "every mail queued and sent");
            Thread.sleep(1_000); // twenty runs of each sender: time for a second sending, were there one

            List<MimeMessage> received = List.of(smtp.getReceivedMessages());
            Map<String, Long> perMessageId = received.stream()
                    .collect(Collectors.groupingBy(MailAcrossInstancesTest::messageId, Collectors.counting()));
            assertEquals(Map.of(), perMessageId.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "mails that arrived twice");
            assertEquals(count(database, "SELECT count(*) FROM mail_outbox"), received.size(),
                    "one mail arrived per row of the outbox");
            Map<String, Long> placedPerCustomer = received.stream().filter(m -> subject(m).startsWith("We have your order"))
                    .collect(Collectors.groupingBy(MailAcrossInstancesTest::recipient, Collectors.counting()));
            assertEquals(CUSTOMERS, placedPerCustomer.size(), placedPerCustomer::toString);
            placedPerCustomer.forEach((customer, mails) -> assertEquals(ORDERS_EACH, mails, customer));
        } finally {
            smtp.stop();
        }
    }

    private static ApplicationContext instance(String database, int smtpPort) {
        return ApplicationContext.run(Map.ofEntries(
                Map.entry("conveyor.cache", "none"),
                Map.entry("datasources.default.url", database),
                Map.entry("datasources.default.username", ""),
                Map.entry("datasources.default.password", ""),
                Map.entry("conveyor.consumers.interval", "20ms"),
                Map.entry("conveyor.consumers.batch-size", "3"),
                Map.entry("conveyor.orders.confirmation-job.enabled", "false"),
                Map.entry("conveyor.webhooks.enabled", "false"),
                Map.entry("conveyor.mail.transport", "smtp"),
                Map.entry("conveyor.mail.smtp.host", "127.0.0.1"),
                Map.entry("conveyor.mail.smtp.port", String.valueOf(smtpPort)),
                Map.entry("conveyor.mail.smtp.security", "none"),
                Map.entry("conveyor.mail.interval", "50ms"),
                Map.entry("conveyor.mail.batch-size", "2"),
                Map.entry("micronaut.security.token.jwt.signatures.secret.generator.secret",
                        "mail-instances-secret-at-least-32-characters-long")));
    }

    private static long count(String database, String query) {
        try (Connection connection = DriverManager.getConnection(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "timed out waiting for: " + what);
            Thread.sleep(50);
        }
    }

    private static String messageId(MimeMessage message) {
        return read(message, MimeMessage::getMessageID);
    }

    private static String subject(MimeMessage message) {
        return read(message, MimeMessage::getSubject);
    }

    private static String recipient(MimeMessage message) {
        return read(message, m -> m.getAllRecipients()[0].toString());
    }

    private static String read(MimeMessage message, MessageReader reader) {
        try {
            return reader.read(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface MessageReader {
        String read(MimeMessage message) throws MessagingException;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.testsupport.StripeStub;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * E-mail through a real SMTP server (GreenMail on 127.0.0.1): the customer's mails along an order's life (the
 * placed mail with its cancellation deadline, confirmed, shipped with the tracking link, delivered, the invoice
 * with its PDF attached, the refund), each once, a replay of the mail consumer sending nothing again; stock alerts to staff
 * and the seller, an opt-out respected, the unsubscribe link working without a login; a mail the server
 * could not take at first sent once when it is back; a failed card payment's alert to staff and the seller, and
 * a switched-off webhook endpoint's to administrators.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailOverHttpTest implements TestPropertyProvider {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    // the default, set here because a test counts them
    private static final int MAX_ATTEMPTS = 10;
    private static final String STRIPE_WEBHOOK_SECRET = "whsec_mail_tests";
    private static final Pattern UNSUBSCRIBE = Pattern.compile("(/api/mail/unsubscribe\\?token=[A-Za-z0-9_.-]+)");

    private final int smtpPort = freePort();
    private GreenMail smtp = startSmtp();

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject Jdbc jdbc;

    private Api api;
    private HttpShop shop;
    private Session admin;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(),
                "conveyor.mail.transport", "smtp",
                "conveyor.mail.smtp.host", "127.0.0.1",
                "conveyor.mail.smtp.port", String.valueOf(smtpPort),
                "conveyor.mail.smtp.security", "none",
                "conveyor.mail.from", "Test shop <shop@conveyor.test>",
                "conveyor.mail.base-url", "http://shop.conveyor.test",
                "conveyor.mail.interval", "100ms",
                "conveyor.mail.first-retry", "200ms",
                "conveyor.mail.max-retry", "400ms",
                "conveyor.mail.max-attempts", String.valueOf(MAX_ATTEMPTS),
                "conveyor.mail.smtp.timeout", "2s",
                "conveyor.consumers.interval", "50ms",
                "conveyor.orders.cancellation-window", "1s",
                "conveyor.orders.confirmation-job.interval", "100ms",
                "conveyor.payments.stripe.enabled", "true",
                "conveyor.payments.stripe.secret-key", "sk_test_conveyor",
                "conveyor.payments.stripe.webhook-secret", STRIPE_WEBHOOK_SECRET,
                // no call to Stripe is made here: only its (signed) webhooks come in
                "conveyor.payments.stripe.api-base", "http://127.0.0.1:9",
                "conveyor.webhooks.allowed-targets", "127.0.0.1",
                "conveyor.webhooks.interval", "50ms",
                "conveyor.webhooks.first-retry", "20ms",
                "conveyor.webhooks.max-retry", "100ms",
                "conveyor.webhooks.retry-for", "1s");
    }

    @BeforeAll
    void shop() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
        admin = shop.admin();
        // the mail consumer starts at the log's end when it first runs: wait for that before anything happens
        await(() -> api.get("/api/admin/consumers").as(admin).send().expect(200).text().contains("\"mail\""),
                () -> "the mail consumer runs");
        await(() -> jdbc.one("SELECT COUNT(*) FROM event_consumer WHERE name = 'mail'", statement -> { },
                row -> row.getLong(1)).orElse(0L) == 1, () -> "the mail consumer registered its position");
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    @Order(1)
    void aCustomerGetsEachMailOfTheOrdersLifeOnceWithItsLinksAndTheInvoiceAttached() throws Exception {
        Session customer = shop.customer();
        MimeMessage welcome = awaitOne(customer.email(), "Welcome to Conveyor");
        assertTrue(text(welcome).contains(customer.email()), () -> text(welcome));

        Session staff = shop.user("STAFF");
        UUID product = shop.product(shop.user("SELLER"), 100);
        UUID order = shop.placeOrder(customer, product, 2).expect(201).id();
        Reply placedOrder = api.get("/api/orders/" + order).as(customer).send().expect(200);
        String number = placedOrder.text("number");

        MimeMessage placed = awaitOne(customer.email(), "We have your order " + number);
        assertEquals("Test shop <shop@conveyor.test>", placed.getFrom()[0].toString());
        assertEquals(customer.email(), placed.getRecipients(Message.RecipientType.TO)[0].toString());
        String placedText = text(placed);
        assertTrue(placedText.startsWith("Hello Test user,"), placedText);
        assertTrue(placedText.contains(" 2 × 19.99 EUR"), placedText);
        assertTrue(placedText.contains("Total: 39.98 EUR"), placedText);
        String deadline = Instant.parse(placedOrder.text("cancellableUntil")).toString().substring(0, 16)
                .replace('T', ' ') + " UTC";
        assertTrue(placedText.contains("You can still cancel it until " + deadline), placedText);
        assertTrue(html(placed).contains("href=\"http://shop.conveyor.test/#/orders/" + order + "\""), html(placed));
        assertNull(placed.getHeader("List-Unsubscribe"), "transactional mail has no unsubscribe link");
        assertTrue(placed.getMessageID().endsWith("@conveyor>"), placed.getMessageID());

        awaitOne(customer.email(), "Your order " + number + " is confirmed");
        UUID delivery = api.post("/api/orders/" + order + "/deliveries").as(staff)
                .header("Idempotency-Key", "d-" + UUID.randomUUID())
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 2)), "carrier", "UPS",
                        "trackingNumber", "1Z 999"))
                .send().expect(201).id();
        api.patch("/api/deliveries/" + delivery + "/status").as(staff).json(Map.of("status", "SHIPPED")).send()
                .expect(200);
        MimeMessage shipped = awaitOne(customer.email(), "Your order " + number + " is on its way");
        assertTrue(text(shipped).contains("Carrier: UPS"), text(shipped));
        assertTrue(text(shipped).contains("Track your parcel: https://www.ups.com/track?tracknum=1Z+999"),
                text(shipped));
        api.patch("/api/deliveries/" + delivery + "/status").as(staff).json(Map.of("status", "DELIVERED")).send()
                .expect(200);
        awaitOne(customer.email(), "Your order " + number + " was delivered");

        Reply invoice = api.post("/api/deliveries/" + delivery + "/invoice").as(staff).send().expect(201);
        MimeMessage invoiced = awaitOne(customer.email(),
                "Invoice " + invoice.text("number") + " for your order " + number);
        List<Part> attachments = attachments(invoiced);
        assertEquals(1, attachments.size(), "the invoice PDF is attached");
        assertEquals(invoice.text("number") + ".pdf", attachments.get(0).getFileName());
        assertTrue(attachments.get(0).getContentType().startsWith("application/pdf"),
                attachments.get(0).getContentType());
        try (InputStream pdf = attachments.get(0).getInputStream()) {
            assertEquals("%PDF", new String(pdf.readNBytes(4)));
        }

        UUID payment = api.post("/api/orders/" + order + "/payments").as(staff)
                .json(Map.of("method", "BANK_TRANSFER", "amount", Map.of("amountMinor", 3998, "currency", "EUR"),
                        "invoiceId", invoice.id().toString()))
                .send().expect(201).id();
        api.post("/api/payments/" + payment + "/refunds").as(staff).json(Map.of("reason", "a cracked mug")).send()
                .expect(201);
        MimeMessage refunded = awaitOne(customer.email(), "We refunded 39.98 EUR for your order " + number);
        assertTrue(text(refunded).contains("(BANK_TRANSFER)"), text(refunded));

        // the mail consumer handles every event again: the outbox's unique key sends nothing twice
        api.post("/api/admin/consumers/mail/replay").as(admin).json(Map.of("from", 1)).send().expect(200);
        await(() -> ((List<?>) api.get("/api/admin/consumers").as(admin).send().expect(200).body()).stream()
                        .map(c -> (Map<?, ?>) c).filter(c -> "mail".equals(c.get("name")))
                        .allMatch(c -> ((Number) c.get("lagEvents")).longValue() == 0),
                () -> "the replayed mail consumer caught up");
        Thread.sleep(500); // five runs of the sender
        assertEquals(7, mailsTo(customer.email()).size(), () -> "one mail of each kind: " + subjects(customer.email()));
    }

    @Test
    @Order(2)
    void stockAlertsReachStaffAndSellerWithinTheirPreferencesAndTheUnsubscribeLinkWorksWithoutLogin()
            throws Exception {
        Session seller = shop.user("SELLER");
        Session staff = shop.user("STAFF");
        api.put("/api/users/me/notifications").as(seller).json(Map.of("optOut", List.of("ORDERS"))).send()
                .expectInvalid("optOut");
        api.put("/api/users/me/notifications").as(seller).json(Map.of("optOut", List.of("stock"))).send()
                .expectInvalid("optOut[0]");
        Reply optedOut = api.put("/api/users/me/notifications").as(seller)
                .json(Map.of("optOut", List.of("STOCK_ALERTS"))).send().expect(200);
        assertEquals(Boolean.FALSE, subscribed(optedOut, "STOCK_ALERTS"));
        assertEquals(Boolean.TRUE, subscribed(optedOut, "ORDERS"));

        UUID product = shop.product(seller, 2);
        String sku = api.get("/api/products/" + product).send().expect(200).text("sku");
        shop.placeOrder(shop.customer(), product, 1).expect(201);
        MimeMessage low = awaitOne(staff.email(), "Low stock: ");
        assertTrue(text(low).contains(sku), text(low));
        assertTrue(text(awaitOne(admin.email(), "Low stock: ")).contains(sku), "administrators get it too");
        String link = unsubscribeLink(low);
        assertTrue(low.getHeader("List-Unsubscribe")[0].contains(link), low.getHeader("List-Unsubscribe")[0]);
        assertEquals("List-Unsubscribe=One-Click", low.getHeader("List-Unsubscribe-Post")[0]);

        Reply page = api.get(link).send().expect(200);
        assertTrue(page.text().contains("Stop sending low-stock and out-of-stock alerts to "
                        + staff.email().charAt(0) + "***@conveyor.test?"),
                page.text());
        assertEquals(Boolean.TRUE, subscribed(api.get("/api/users/me/notifications").as(staff).send().expect(200),
                "STOCK_ALERTS"), "opening the link changes nothing");
        Reply done = api.post(link).body("application/x-www-form-urlencoded", "List-Unsubscribe=One-Click").send()
                .expect(200);
        assertTrue(done.text().contains("no longer gets low-stock and out-of-stock alerts"), done.text());
        api.post(link).body("application/x-www-form-urlencoded", "List-Unsubscribe=One-Click").send().expect(200);
        assertEquals(Boolean.FALSE, subscribed(api.get("/api/users/me/notifications").as(staff).send().expect(200),
                "STOCK_ALERTS"));
        api.get(link.substring(0, link.length() - 3) + "abc").send().expectInvalid("token");
        api.post("/api/mail/unsubscribe?token=nope").body("application/x-www-form-urlencoded", "").send()
                .expectInvalid("token");

        shop.placeOrder(shop.customer(), product, 1).expect(201);
        awaitOne(admin.email(), "Out of stock: ");
        Thread.sleep(500); // five runs of the sender
        assertTrue(mailsTo(seller.email()).stream().noneMatch(m -> subject(m).contains("stock")),
                () -> "the seller opted out: " + subjects(seller.email()));
        assertTrue(mailsTo(staff.email()).stream().noneMatch(m -> subject(m).startsWith("Out of stock")),
                () -> "the staff member unsubscribed: " + subjects(staff.email()));
    }

    @Test
    @Order(3)
    void aMailTheServerCouldNotTakeIsSentOnceWhenItIsBack() throws Exception {
        Session customer = shop.customer();
        awaitOne(customer.email(), "Welcome to Conveyor");
        smtp.stop();
        UUID product = shop.product(shop.user("SELLER"), 100);
        UUID order = shop.order(customer, product);
        String number = api.get("/api/orders/" + order).as(customer).send().expect(200).text("number");
        await(() -> attempts(customer.email(), "ORDER_PLACED") >= 2,
                () -> "the placed mail failed twice while the SMTP server was down");

        smtp = startSmtp();
        MimeMessage placed = awaitOne(customer.email(), "We have your order " + number);
        assertNotNull(placed);
        Thread.sleep(1_000); // ten runs of the sender
        assertEquals(1, mailsTo(customer.email()).stream()
                .filter(m -> subject(m).equals("We have your order " + number)).count());
        assertEquals("SENT", jdbc.one("SELECT status FROM mail_outbox WHERE recipient_email = ? AND template = "
                        + "'ORDER_PLACED'", statement -> statement.setString(1, customer.email()),
                row -> row.getString(1)).orElseThrow());
    }

    @Test
    @Order(4)
    void aFailedCardPaymentAlertsStaffAndTheSellerAndADisabledWebhookAlertsAdministrators() throws Exception {
        Session seller = shop.user("SELLER");
        Session staff = shop.user("STAFF");
        Session customer = shop.customer();
        UUID order = shop.order(customer, shop.product(seller, 10));
        String number = api.get("/api/orders/" + order).as(customer).send().expect(200).text("number");
        String failed = StripeStub.failedEvent("pi_mail_" + UUID.randomUUID().toString().substring(0, 8),
                order.toString(), 1999, "eur");
        api.post("/api/payments/webhooks/stripe")
                .header("Stripe-Signature", StripeStub.signature(failed, STRIPE_WEBHOOK_SECRET, Instant.now().getEpochSecond()))
                .body("application/json; charset=utf-8", failed).send().expect(200);

        String subject = "A card payment for order " + number + " failed";
        MimeMessage alert = awaitOne(staff.email(), subject);
        assertTrue(text(alert).contains("Your card was declined."), text(alert));
        awaitOne(seller.email(), subject);
        awaitOne(admin.email(), subject);
        assertTrue(mailsTo(customer.email()).stream().noneMatch(m -> subject(m).equals(subject)),
                () -> "the customer is told by the payment page, not by this alert: " + subjects(customer.email()));

        try (WebhookReceiver broken = WebhookReceiver.alwaysFailing()) {
            String endpoint = api.post("/api/admin/webhooks").as(admin)
                    .json(Map.of("url", broken.url(), "eventTypes", List.of("order:created"))).send().expect(201)
                    .text("webhook.id");
            shop.order(shop.customer(), shop.product(seller, 10));
            await(() -> ((List<?>) api.get("/api/admin/webhooks").as(admin).send().expect(200).body()).stream()
                    .map(item -> (Map<?, ?>) item).anyMatch(item -> endpoint.equals(item.get("id"))
                            && Boolean.FALSE.equals(item.get("active"))), () -> "the failing endpoint is switched off");
            MimeMessage disabled = awaitOne(admin.email(), "A webhook endpoint was switched off");
            assertTrue(text(disabled).contains(broken.url()), text(disabled));
            assertTrue(mailsTo(staff.email()).stream().noneMatch(m -> subject(m).contains("webhook")),
                    () -> "webhooks are the administrators' business: " + subjects(staff.email()));
        }
    }

    @Test
    @Order(5)
    void anAdministratorSendsAMailTheSenderGaveUpOnAgainAndItArrivesOnce() {
        smtp.stop();
        Session customer = shop.customer();
        await(() -> failedMailTo(customer.email()) != null,
                () -> "the welcome mail failed " + MAX_ATTEMPTS + " times while the SMTP server was down");
        Map<?, ?> failed = failedMailTo(customer.email());
        assertEquals("WELCOME", failed.get("template"));
        assertEquals(MAX_ATTEMPTS, ((Number) failed.get("attempts")).intValue());
        assertNotNull(failed.get("lastError"));
        assertNull(failed.get("sentAt"));

        smtp = startSmtp();
        String resend = "/api/admin/mails/" + failed.get("id") + "/resend";
        Reply resent = api.post(resend).as(admin).send().expect(200);
        assertEquals("PENDING", resent.text("status"));
        assertEquals(0, resent.number("attempts"));
        awaitOne(customer.email(), "Welcome to Conveyor");
        assertEquals("MAIL_NOT_FAILED", api.post(resend).as(admin).send().expect(409).text("code"));
        assertNull(failedMailTo(customer.email()), "no longer failed");
    }

    @Test
    @Order(6)
    void aMailWhoseSenderStoppedWhileSendingIsListedUncertainAndCanBeSentAgain() {
        smtp.stop();
        Session customer = shop.customer();
        await(() -> attempts(customer.email(), "WELCOME") >= 1, () -> "the welcome mail was tried");
        // what a sender killed after its claim leaves behind: SENDING, claimed long ago (a sender claims only
        // PENDING rows and never touches a FAILED one, so none races this)
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        await(() -> jdbc.update("UPDATE mail_outbox SET status = 'SENDING', claimed_at = ? WHERE recipient_email = ?"
                + " AND template = 'WELCOME' AND status IN ('PENDING', 'FAILED')", statement -> {
                    statement.setTimestamp(1, Timestamp.from(longAgo));
                    statement.setString(2, customer.email());
                }) == 1, () -> "the mail left SENDING");

        await(() -> mailTo("UNCERTAIN", customer.email()) != null, () -> "the stale claim given up");
        Map<?, ?> uncertain = mailTo("UNCERTAIN", customer.email());
        assertTrue(String.valueOf(uncertain.get("lastError")).contains("the sender stopped while sending"),
                () -> String.valueOf(uncertain.get("lastError")));

        smtp = startSmtp();
        api.post("/api/admin/mails/" + uncertain.get("id") + "/resend").as(admin).send().expect(200);
        awaitOne(customer.email(), "Welcome to Conveyor");
    }

    private Map<?, ?> mailTo(String status, String email) {
        return api.get("/api/admin/mails?status=" + status + "&size=100").as(admin).send().expect(200).list("items")
                .stream().map(item -> (Map<?, ?>) item).filter(item -> email.equals(item.get("recipientEmail")))
                .findFirst().orElse(null);
    }

    private Map<?, ?> failedMailTo(String email) {
        return mailTo("FAILED", email);
    }

    private long attempts(String email, String template) {
        return jdbc.one("SELECT attempts FROM mail_outbox WHERE recipient_email = ? AND template = ?", statement -> {
            statement.setString(1, email);
            statement.setString(2, template);
        }, row -> row.getLong(1)).orElse(0L);
    }

    private static Boolean subscribed(Reply preferences, String category) {
        return preferences.list("categories").stream().map(c -> (Map<?, ?>) c)
                .filter(c -> category.equals(c.get("category"))).map(c -> (Boolean) c.get("subscribed"))
                .findFirst().orElseThrow();
    }

    private static String unsubscribeLink(MimeMessage message) {
        Matcher matcher = UNSUBSCRIBE.matcher(text(message));
        assertTrue(matcher.find(), () -> "no unsubscribe link in " + text(message));
        return matcher.group(1);
    }

    private GreenMail startSmtp() {
        GreenMail started = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        started.start();
        return started;
    }

    private MimeMessage awaitOne(String email, String subjectStart) {
        await(() -> mailsTo(email).stream().anyMatch(m -> subject(m).startsWith(subjectStart)),
                () -> "a mail \"" + subjectStart + "…\" to " + email + "; got " + subjects(email));
        List<MimeMessage> found = mailsTo(email).stream().filter(m -> subject(m).startsWith(subjectStart)).toList();
        assertFalse(found.size() > 1, () -> "more than one \"" + subjectStart + "…\": " + subjects(email));
        return found.get(0);
    }

    private List<MimeMessage> mailsTo(String email) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email))) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private List<String> subjects(String email) {
        return mailsTo(email).stream().map(MailOverHttpTest::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Part part) {
        return partOf(part, "text/plain");
    }

    private static String html(Part part) {
        return partOf(part, "text/html");
    }

    private static String partOf(Part part, String type) {
        try {
            if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part.getContent().toString().replace("\r\n", "\n");
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = partOf(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Part> attachments(Part part) throws MessagingException, IOException {
        List<Part> found = new ArrayList<>();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            found.add(part);
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                found.addAll(attachments(body));
            }
        }
        return found;
    }

    private static void await(BooleanSupplier condition, Supplier<String> what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), () -> "never happened: " + what.get());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

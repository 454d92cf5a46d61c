package dev.conveyor.adapter.rest.webhook;

import dev.conveyor.application.webhooks.port.out.WebhookSenderPort;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Delivery;
import dev.conveyor.domain.shared.InvalidInputException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs webhook deliveries with the JDK's HTTP client over HTTP/1.1 with kept-alive connections (no redirects
 * followed, a deadline per request): an endpoint's deliveries go out one after the other, so a connection is
 * reused from one to the next instead of being opened per delivery. Each is
 * signed like Stripe's: {@code Conveyor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" under the
 * endpoint's secret>}. Targets are checked at registration and again before every request: a host that is or
 * resolves to a loopback, private, link-local, unique-local, carrier-grade NAT, multicast or unspecified
 * address is refused unless {@code conveyor.webhooks.allowed-targets} names that address.
 */
@Singleton
final class HttpWebhookSenderAdapter implements WebhookSenderPort {

    static final String SIGNATURE = "Conveyor-Signature";
    private static final int EXCERPT = 1_000;
    private static final long DRAINED = 64 * 1024;

    private final HttpClient client;
    private final Duration timeout;
    private final Set<InetAddress> allowed;

    HttpWebhookSenderAdapter(@Value("${conveyor.webhooks.timeout:10s}") Duration timeout,
                             @Value("${conveyor.webhooks.allowed-targets:}") String allowedTargets) {
        this.timeout = timeout;
        // HTTP/1.1: deliveries to an endpoint are sequential, so HTTP/2's streams would gain nothing, and over plain
        // http its upgrade handshake is one more thing a receiver can get wrong
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.allowed = Arrays.stream(allowedTargets.split(",")).map(String::strip).filter(text -> !text.isEmpty())
                .map(HttpWebhookSenderAdapter::literal).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void checkTarget(String url) {
        URI uri = uri(url);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new InvalidInputException("url", "url names a host that does not resolve: " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            if (internal(address) && !allowed.contains(address)) {
                throw new InvalidInputException("url", "url must not point to a loopback, private or link-local "
                        + "address (" + address.getHostAddress() + ")");
            }
        }
    }

    @Override
    public Response send(String url, String secret, Delivery delivery, Instant at) {
        long start = System.nanoTime();
        try {
            checkTarget(url);
            long timestamp = at.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri(url)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Conveyor-Webhooks/1")
                    .header(SIGNATURE, "t=" + timestamp + ",v1=" + sign(secret, timestamp + "." + delivery.body()))
                    .header("Conveyor-Event-Id", delivery.eventId().toString())
                    // the same on every retry and redelivery of the event: a receiver's dedupe key, under the
                    // name HTTP APIs use for it
                    .header("Idempotency-Key", delivery.eventId().toString())
                    .header("Conveyor-Event-Type", delivery.eventType())
                    .header("Conveyor-Delivery-Id", delivery.id().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = exchange(request);
            String excerpt;
            try (InputStream body = response.body()) {
                excerpt = new String(body.readNBytes(EXCERPT), StandardCharsets.UTF_8);
                // an answer read to its end hands the connection back for the next delivery; closing it half read
                // would drop the connection (a longer answer than this is dropped with it)
                body.skip(DRAINED);
            }
            return new Response(response.statusCode(), millisSince(start), excerpt, null);
        } catch (InvalidInputException e) {
            return new Response(null, millisSince(start), null, "refused: " + e.getMessage());
        } catch (IOException e) {
            return new Response(null, millisSince(start), null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(null, millisSince(start), null, "interrupted");
        }
    }

    /**
     * Sends once more, at once, when the exchange broke off without an answer or a timeout: that is what a
     * kept-alive connection looks like when the receiver closed it just as it was reused (measured against an
     * HTTP/1.0 receiver, which closes after every answer: about 2 % of requests), and such a failure would
     * otherwise hold all the endpoint's later deliveries back for a retry's backoff. A refused connection or a
     * timeout is not repeated: a fresh connection would fail the same way, or a hanging receiver be waited for
     * twice. The receiver may have taken the first one (at least once: it dedupes on the event id).
     */
    private HttpResponse<InputStream> exchange(HttpRequest request) throws IOException, InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException | ConnectException e) {
            throw e;
        } catch (IOException brokenOff) {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        }
    }

    static String sign(String secret, String signedPayload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signedPayload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private static URI uri(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new InvalidInputException("url", "url must be an http or https URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "url is not a URL: " + e.getReason());
        }
    }

    private static boolean internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
        boolean sharedNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal || sharedNat;
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("conveyor.webhooks.allowed-targets holds addresses, not " + address, e);
        }
    }

    private static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds N WebSocket subscribers on /ws (JDK HttpClient) and measures, for every
 * order:created message every subscriber receives, the delay from the event's
 * occurredAt (taken inside the placing transaction, so the delay includes the
 * rest of the transaction and the commit) to its arrival.
 *
 * Usage: java WsBench.java ws://127.0.0.1:18080/ws TOKEN CONNECTIONS READY_FILE DONE_FILE
 * Connects and subscribes everybody, then creates READY_FILE and measures until DONE_FILE exists,
 * then prints one line of JSON with the figures.
 */
public class WsBench {

    private static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]+)\"");
    private static final Pattern OCCURRED = Pattern.compile("\"occurredAt\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0] + "?access_token=" + args[1]);
        int connections = Integer.parseInt(args[2]);
        java.nio.file.Path ready = java.nio.file.Path.of(args[3]);
        java.nio.file.Path done = java.nio.file.Path.of(args[4]);

        // a handful of clients: each has a selector thread; one for 5,000 sockets would make the
        // client the bottleneck of the measurement
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clients.add(HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build());
        }
        ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
        AtomicLong received = new AtomicLong();
        AtomicInteger closed = new AtomicInteger();
        CountDownLatch subscribed = new CountDownLatch(connections);
        List<WebSocket> sockets = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            Listener listener = new Listener(latenciesMicros, received, closed, subscribed);
            WebSocket socket = clients.get(i % clients.size()).newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, listener).get(60, TimeUnit.SECONDS);
            socket.sendText("{\"type\":\"subscribe\"}", true);
            sockets.add(socket);
        }
        if (!subscribed.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException(subscribed.getCount() + " subscriptions unconfirmed");
        }
        long connectMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        java.nio.file.Files.writeString(ready, Long.toString(connectMillis));
        while (!java.nio.file.Files.exists(done)) {
            Thread.sleep(100);
        }
        Thread.sleep(2_000); // the last deliveries
        long[] sorted = latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("{\"connections\":%d,\"connectMillis\":%d,\"closed\":%d,\"messages\":%d,"
                        + "\"orderCreatedDeliveries\":%d,\"p50Millis\":%.1f,\"p99Millis\":%.1f,\"maxMillis\":%.1f}%n",
                connections, connectMillis, closed.get(), received.get(), sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1000.0);
        for (WebSocket socket : sockets) {
            socket.abort();
        }
        System.exit(0);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }

    private static final class Listener implements WebSocket.Listener {
        private final ConcurrentLinkedQueue<Long> latencies;
        private final AtomicLong received;
        private final AtomicInteger closed;
        private final CountDownLatch subscribed;
        private final StringBuilder partial = new StringBuilder();

        Listener(ConcurrentLinkedQueue<Long> latencies, AtomicLong received, AtomicInteger closed,
                 CountDownLatch subscribed) {
            this.latencies = latencies;
            this.received = received;
            this.closed = closed;
            this.subscribed = subscribed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Instant now = Instant.now();
                String text = partial.toString();
                partial.setLength(0);
                received.incrementAndGet();
                Matcher type = TYPE.matcher(text);
                if (type.find()) {
                    String name = type.group(1);
                    if (name.equals("subscribed")) {
                        subscribed.countDown();
                    } else if (name.equals("order:created")) {
                        Matcher occurred = OCCURRED.matcher(text);
                        if (occurred.find()) {
                            Duration delay = Duration.between(Instant.parse(occurred.group(1)), now);
                            latencies.add(delay.toNanos() / 1_000);
                        }
                    }
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
            closed.incrementAndGet();
            System.err.println("closed " + code + " " + reason);
            return CompletableFuture.completedFuture(null);
        }
    }
}

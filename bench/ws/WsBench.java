import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Holds WebSocket subscribers on /ws (JDK HttpClient) in groups and measures, per group, for every
 * message of one event type a subscriber receives, the delay from the event's occurredAt (taken
 * inside the changing transaction, so the delay includes the rest of the transaction and the
 * commit) to its arrival.
 *
 * Usage: java WsBench.java ws://127.0.0.1:18080/ws EVENT_TYPE READY_FILE DONE_FILE GROUP...
 * A GROUP is NAME,TOKEN,COUNT (COUNT subscribers to everything the token's user may see) or
 * NAME,TOKEN,@FILE (one subscriber per order id in FILE, one id a line, each watching that order
 * only: an event about another order reaching it counts as "foreign"). Groups of the same NAME add
 * up to one set of figures.
 * Connects and subscribes everybody, then creates READY_FILE and measures until DONE_FILE exists,
 * then prints one line of JSON with the figures. With -Dsample=FILE the first subscriber's first event
 * messages are written to FILE, one a line (the frames bench/ws/NettyBroadcast.java then sends in the
 * baseline run).
 */
public class WsBench {

    private static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]+)\"");
    private static final Pattern OCCURRED = Pattern.compile("\"occurredAt\":\"([^\"]+)\"");
    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\":\"([^\"]+)\"");
    private static final String SAMPLE = System.getProperty("sample");
    private static final int SAMPLED_EVENTS = 50;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String measuredType = args[1];
        Path ready = Path.of(args[2]);
        Path done = Path.of(args[3]);
        List<Group> groups = new ArrayList<>();
        Map<String, Figures> figuresByName = new LinkedHashMap<>();
        for (int i = 4; i < args.length; i++) {
            groups.add(Group.parse(args[i], figuresByName));
        }
        int connections = groups.stream().mapToInt(group -> group.orders.size()).sum();

        // a handful of clients: each has a selector thread; one for 5,000 sockets would make the
        // client the bottleneck of the measurement
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clients.add(HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build());
        }
        AtomicLong received = new AtomicLong();
        AtomicInteger closed = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch subscribed = new CountDownLatch(connections);
        List<WebSocket> sockets = new ArrayList<>();
        long started = System.nanoTime();
        int opened = 0;
        // interleaved, so that every group's sockets spread over the clients and the connect order
        int longest = groups.stream().mapToInt(group -> group.orders.size()).max().orElse(0);
        for (int n = 0; n < longest; n++) {
            for (Group group : groups) {
                if (n >= group.orders.size()) {
                    continue;
                }
                String orderId = group.orders.get(n);
                Listener listener = new Listener(group.figures, orderId, measuredType, received, closed, errors,
                        subscribed, opened == 0 && SAMPLE != null ? new ArrayList<>() : null);
                URI uri = URI.create(url + "?access_token=" + group.token);
                WebSocket socket = clients.get(opened++ % clients.size()).newWebSocketBuilder()
                        .connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, listener).get(60, TimeUnit.SECONDS);
                socket.sendText(orderId == null ? "{\"type\":\"subscribe\"}"
                        : "{\"type\":\"subscribe\",\"orderId\":\"" + orderId + "\"}", true);
                sockets.add(socket);
            }
        }
        if (!subscribed.await(180, TimeUnit.SECONDS)) {
            throw new IllegalStateException(subscribed.getCount() + " subscriptions unconfirmed, "
                    + errors.get() + " errors");
        }
        long connectMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Files.writeString(ready, Long.toString(connectMillis));
        while (!Files.exists(done)) {
            Thread.sleep(100);
        }
        Thread.sleep(2_000); // the last deliveries
        StringBuilder figures = new StringBuilder();
        figuresByName.forEach((name, measured) ->
                figures.append(figures.length() == 0 ? "" : ",").append(measured.json(name)));
        System.out.printf("{\"connections\":%d,\"connectMillis\":%d,\"closed\":%d,\"errors\":%d,\"messages\":%d,"
                        + "\"measuredType\":\"%s\",\"groups\":{%s}}%n",
                connections, connectMillis, closed.get(), errors.get(), received.get(), measuredType, figures);
        for (WebSocket socket : sockets) {
            socket.abort();
        }
        System.exit(0);
    }

    /** Subscribers with one token: to everything, or each to one order. */
    private static final class Group {
        final String token;
        /** One entry per subscriber: the order it watches, or null for everything. */
        final List<String> orders;
        final Figures figures;

        private Group(String token, List<String> orders, Figures figures) {
            this.token = token;
            this.orders = orders;
            this.figures = figures;
        }

        /** Groups of the same name add up to one set of figures. */
        static Group parse(String spec, Map<String, Figures> figuresByName) throws Exception {
            String[] parts = spec.split(",", 3);
            List<String> orders = new ArrayList<>();
            if (parts[2].startsWith("@")) {
                for (String line : Files.readAllLines(Path.of(parts[2].substring(1)))) {
                    if (!line.isBlank()) {
                        orders.add(line.strip());
                    }
                }
            } else {
                for (int i = Integer.parseInt(parts[2]); i > 0; i--) {
                    orders.add(null);
                }
            }
            Figures figures = figuresByName.computeIfAbsent(parts[0], name -> new Figures());
            figures.subscribers.addAndGet(orders.size());
            return new Group(parts[1], orders, figures);
        }
    }

    /** What the subscribers of one name measured. */
    private static final class Figures {
        final AtomicInteger subscribers = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
        final AtomicLong foreign = new AtomicLong();

        String json(String name) {
            long[] sorted = latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format(Locale.ROOT, "\"%s\":{\"subscribers\":%d,\"deliveries\":%d,\"foreignDeliveries\":%d,"
                            + "\"p50Millis\":%.1f,\"p99Millis\":%.1f,\"maxMillis\":%.1f}",
                    name, subscribers.get(), sorted.length, foreign.get(), percentile(sorted, 0.50),
                    percentile(sorted, 0.99), sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1000.0);
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }

    private static final class Listener implements WebSocket.Listener {
        private final Figures figures;
        private final String watched;
        private final String measuredType;
        private final AtomicLong received;
        private final AtomicInteger closed;
        private final AtomicInteger errors;
        private final CountDownLatch subscribed;
        private final StringBuilder partial = new StringBuilder();
        /** The event messages this subscriber received, for -Dsample; null when not sampled. */
        private final List<String> sampled;

        Listener(Figures figures, String watched, String measuredType, AtomicLong received, AtomicInteger closed,
                 AtomicInteger errors, CountDownLatch subscribed, List<String> sampled) {
            this.sampled = sampled;
            this.figures = figures;
            this.watched = watched;
            this.measuredType = measuredType;
            this.received = received;
            this.closed = closed;
            this.errors = errors;
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
                take(text, now);
            }
            socket.request(1);
            return null;
        }

        private void take(String text, Instant arrived) {
            Matcher type = TYPE.matcher(text);
            if (!type.find()) {
                return;
            }
            String name = type.group(1);
            if (sampled != null && name.contains(":") && sampled.size() < SAMPLED_EVENTS) {
                sampled.add(text);
                try {
                    Files.write(Path.of(SAMPLE), sampled);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (name.equals("subscribed")) {
                subscribed.countDown();
            } else if (name.equals("error")) {
                errors.incrementAndGet();
                System.err.println("error " + text);
            } else if (name.contains(":") && watched != null && !isAbout(text, watched)) {
                figures.foreign.incrementAndGet();
            } else if (name.equals(measuredType)) {
                Matcher occurred = OCCURRED.matcher(text);
                if (occurred.find()) {
                    Duration delay = Duration.between(Instant.parse(occurred.group(1)), arrived);
                    figures.latenciesMicros.add(delay.toNanos() / 1_000);
                }
            }
        }

        private static boolean isAbout(String text, String orderId) {
            Matcher order = ORDER_ID.matcher(text);
            return order.find() && order.group(1).equals(orderId);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
            closed.incrementAndGet();
            System.err.println("closed " + code + " " + reason);
            return CompletableFuture.completedFuture(null);
        }
    }
}

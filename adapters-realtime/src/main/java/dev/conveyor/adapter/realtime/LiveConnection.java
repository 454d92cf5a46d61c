package dev.conveyor.adapter.realtime;

import dev.conveyor.application.events.port.in.FollowEventsUseCase.FeedMessage;
import dev.conveyor.application.events.port.out.LiveEventsPort.Subscription;
import dev.conveyor.application.shared.Actor;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GenericFutureListener;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket client: who it is, its subscription, and how many messages
 * wait in its socket. A client that lets more than the limit pile up is
 * disconnected with a reason (it resumes from its last position) instead of
 * holding memory for everyone.
 */
final class LiveConnection {

    /** No token, an invalid or expired one, or the user's session ended: sign in (or refresh) and reconnect. */
    static final int UNAUTHENTICATED = 4401;
    static final int FORBIDDEN_ORIGIN = 4403;
    static final int TOO_SLOW = 4408;

    private static final Logger LOG = LoggerFactory.getLogger(LiveConnection.class);
    private static final long BACKLOG_PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final WebSocketSession session;
    /** The session's socket: messages are written to it directly, a flush for all that waited (see drain). */
    private final Channel channel;
    private final MessageWriter writer;
    private final int maxUnsent;
    private final AtomicInteger unsent = new AtomicInteger();
    /** Frames for the event loop; several that arrive together (an order and its stock) leave in one write. */
    private final Queue<WebSocketFrame> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final GenericFutureListener<Future<? super Void>> written = this::written;
    private volatile LiveIdentity identity;
    private Subscription subscription;
    private volatile boolean closed;
    /** The thread sending a backlog, which waits for room instead of overrunning the socket. */
    private volatile Thread backlogSender;

    LiveConnection(WebSocketSession session, Channel channel, MessageWriter writer, int maxUnsent) {
        this.session = session;
        this.channel = channel;
        this.writer = writer;
        this.maxUnsent = maxUnsent;
    }

    /** Null until the client authenticated. */
    Actor actor() {
        LiveIdentity who = identity;
        return who == null ? null : who.actor();
    }

    LiveIdentity identity() {
        return identity;
    }

    void authenticated(LiveIdentity who) {
        this.identity = who;
    }

    /** Messages sent by the current thread until {@link #backlogSent()} are a backlog: paced, not refused. */
    void sendingBacklog() {
        backlogSender = Thread.currentThread();
    }

    void backlogSent() {
        backlogSender = null;
    }

    /** Replaces the current subscription, if any. */
    synchronized void subscribed(Subscription next) {
        if (subscription != null) {
            subscription.close();
        }
        if (closed) {
            next.close();
        }
        subscription = next;
    }

    /** Called one message at a time per subscription, on delivery threads. */
    void feed(FeedMessage message) {
        switch (message.kind()) {
            case EVENT -> sendUtf8(writer.event(message.event()));
            case REPLAYED_EVENT -> {
                // a replay may hold more events than the unsent limit: paced like a backlog, not refused
                awaitRoom();
                Map<String, Object> replayed = message.event().toMessage();
                replayed.put("replayed", true);
                send(replayed);
            }
            case SUBSCRIBED -> send(control("subscribed", "position", message.position()));
            case RESYNC_REQUIRED -> send(control("resync-required", "oldestPosition", message.position()));
            case DROPPED -> close(TOO_SLOW, message.reason());
        }
    }

    void error(String code, String detail) {
        Map<String, Object> error = control("error", "code", code);
        error.put("detail", detail);
        send(error);
    }

    void send(Map<String, Object> message) {
        sendUtf8(writer.writeBytes(message));
    }

    /** @param utf8 a message, possibly shared with other connections: wrapped, never copied or changed */
    private void sendUtf8(byte[] utf8) {
        if (closed) {
            return;
        }
        if (Thread.currentThread() == backlogSender) {
            awaitRoom();
        }
        if (unsent.incrementAndGet() > maxUnsent) {
            close(TOO_SLOW, "too slow: more than " + maxUnsent + " messages unsent; resume from the last position");
            return;
        }
        outbox.add(new TextWebSocketFrame(Unpooled.wrappedBuffer(utf8)));
        if (draining.compareAndSet(false, true)) {
            channel.eventLoop().execute(this::drain);
        }
    }

    /**
     * On the socket's event loop: writes what waits and flushes once. Cleared before the outbox is read, the
     * flag lets a message added meanwhile schedule the next drain, and one added before is written by this one;
     * so is any added before a {@link #close}, whose close frame is queued on the same loop after this drain.
     */
    private void drain() {
        draining.set(false);
        for (WebSocketFrame frame = outbox.poll(); frame != null; frame = outbox.poll()) {
            channel.write(frame).addListener(written);
        }
        channel.flush();
    }

    private void written(Future<? super Void> write) {
        unsent.decrementAndGet();
        if (!write.isSuccess()) {
            LOG.debug("live message to {} failed; closing", session.getId(), write.cause());
            close(CloseReason.GOING_AWAY.getCode(), "send failed");
        }
    }

    /** A backlog or a replay goes out as fast as the client reads it: at most half the unsent limit at a time. */
    private void awaitRoom() {
        long deadline = System.nanoTime() + BACKLOG_PATIENCE_NANOS;
        while (unsent.get() >= maxUnsent / 2 && !closed) {
            if (System.nanoTime() - deadline > 0) {
                close(TOO_SLOW, "too slow: the backlog did not drain; resume from the last position");
                return;
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    static Map<String, Object> control(String type) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type);
        return message;
    }

    static Map<String, Object> control(String type, String key, Object value) {
        Map<String, Object> message = control(type);
        message.put(key, value);
        return message;
    }

    /** Ends the subscription and closes the socket with a code the client can act on. */
    void close(int code, String reason) {
        if (ended() && !session.isOpen()) {
            return;
        }
        end();
        if (session.isOpen()) {
            // a close reason is limited to 123 bytes by the protocol
            String shortReason = reason.length() > 120 ? reason.substring(0, 120) : reason;
            session.close(new CloseReason(code, shortReason));
        }
    }

    /** The socket closed (either side): nothing more is delivered. */
    synchronized boolean end() {
        boolean wasOpen = !closed;
        closed = true;
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        return wasOpen;
    }

    private synchronized boolean ended() {
        return closed;
    }

    boolean isOpen() {
        return !closed && session.isOpen();
    }

    /** Whether the socket itself is still open: after {@link #close} until the close frame is out. */
    boolean socketOpen() {
        return session.isOpen();
    }
}

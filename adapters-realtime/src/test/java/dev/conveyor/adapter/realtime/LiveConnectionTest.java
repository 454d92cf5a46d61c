package dev.conveyor.adapter.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.events.port.in.FollowEventsUseCase.FeedMessage;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The connection's side of the fan-out, on Netty's embedded channel: its event loop runs when the test says. */
class LiveConnectionTest {

    private final MessageWriter writer = new MessageWriter(ObjectMapper.getDefault());
    private final List<CloseReason> closes = new CopyOnWriteArrayList<>();
    private final Flushes flushes = new Flushes();
    private final EmbeddedChannel channel = new EmbeddedChannel(flushes);

    @Test
    void framesThatArriveBeforeTheEventLoopsTurnLeaveInOrderWithOneFlush() {
        LiveConnection connection = new LiveConnection(session(), channel, writer, 10);
        int flushesBefore = flushes.count;

        connection.feed(FeedMessage.event(event(1)));
        connection.feed(FeedMessage.event(event(2)));
        connection.send(LiveConnection.control("heartbeat"));
        channel.runPendingTasks();

        assertEquals(1, flushes.count - flushesBefore, "one flush for the three frames");
        assertTrue(text(channel.readOutbound()).contains("\"position\":1"));
        assertTrue(text(channel.readOutbound()).contains("\"position\":2"));
        assertEquals("{\"type\":\"heartbeat\"}", text(channel.readOutbound()));
        assertNull(channel.readOutbound());
    }

    @Test
    void everySocketGetsTheSameEncodingOfAnEventThatItSeesWhole() {
        EmbeddedChannel other = new EmbeddedChannel();
        LoggedEvent event = event(7);

        new LiveConnection(session(), channel, writer, 10).feed(FeedMessage.event(event));
        new LiveConnection(session(), other, writer, 10).feed(FeedMessage.event(event));
        channel.runPendingTasks();
        other.runPendingTasks();

        TextWebSocketFrame mine = channel.readOutbound();
        TextWebSocketFrame theirs = other.readOutbound();
        assertSame(mine.content().array(), theirs.content().array(), "encoded once, wrapped for each socket");
        mine.release();
        theirs.release();
    }

    @Test
    void aClientWithMoreThanTheLimitUnsentIsClosedAsTooSlow() {
        LiveConnection connection = new LiveConnection(session(), channel, writer, 2);

        // the event loop never gets a turn: nothing is written meanwhile
        for (int position = 1; position <= 3; position++) {
            connection.feed(FeedMessage.event(event(position)));
        }

        assertEquals(1, closes.size());
        assertEquals(LiveConnection.TOO_SLOW, closes.get(0).getCode());
        assertTrue(closes.get(0).getReason().contains("more than 2 messages unsent"), closes.get(0).getReason());
    }

    private static String text(TextWebSocketFrame frame) {
        try {
            return frame.content().toString(StandardCharsets.UTF_8);
        } finally {
            frame.release();
        }
    }

    private static LoggedEvent event(long position) {
        return new LoggedEvent(position, UUID.randomUUID(), "test:event", "test", UUID.randomUUID(), null, null,
                Set.of(), "correlation", null, null, Instant.now(), Map.of("number", position));
    }

    /**
     * A session that is open until closed. It answers only what LiveConnection is meant to call (its frames go
     * to the channel, not the session): any other call fails the test.
     */
    private WebSocketSession session() {
        return (WebSocketSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WebSocketSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> closes.isEmpty();
                    case "getId" -> "test";
                    case "close" -> {
                        closes.add((CloseReason) args[0]);
                        yield null;
                    }
                    default -> throw new AssertionError("LiveConnection called the session's " + method.getName());
                });
    }

    private static final class Flushes extends ChannelOutboundHandlerAdapter {
        int count;

        @Override
        public void flush(ChannelHandlerContext context) {
            count++;
            context.flush();
        }
    }
}

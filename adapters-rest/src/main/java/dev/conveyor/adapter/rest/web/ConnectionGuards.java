package dev.conveyor.adapter.rest.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.WriteTimeoutHandler;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps clients from holding connections they do not use, which Micronaut's
 * settings do not cover: a client must send a request's headers within
 * {@code conveyor.http.header-timeout} of connecting (or of its previous
 * response), so one trickling a header byte every few seconds is dropped; a
 * write that the client does not take within {@code conveyor.http.write-timeout}
 * closes the socket, so a WebSocket client that never reads cannot keep a
 * connection (and megabytes queued for it) open, even when the close frame
 * itself cannot be written; and one client address may hold at most
 * {@code conveyor.http.max-connections-per-address} connections (0: no cap).
 */
@Singleton
final class ConnectionGuards implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuards.class);

    private final long headerTimeoutMillis;
    private final long writeTimeoutMillis;
    private final int maxPerAddress;
    private final Map<InetAddress, AtomicInteger> connections = new ConcurrentHashMap<>();

    ConnectionGuards(@Value("${conveyor.http.header-timeout:10s}") Duration headerTimeout,
                     @Value("${conveyor.http.write-timeout:30s}") Duration writeTimeout,
                     @Value("${conveyor.http.max-connections-per-address:256}") int maxPerAddress) {
        this.headerTimeoutMillis = headerTimeout.toMillis();
        this.writeTimeoutMillis = writeTimeout.toMillis();
        this.maxPerAddress = maxPerAddress;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new NettyServerCustomizer() {
            @Override
            public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                return role == ChannelRole.CONNECTION ? new Connection(channel) : this;
            }
        });
        return event.getBean();
    }

    private final class Connection implements NettyServerCustomizer {

        private final Channel channel;

        Connection(Channel channel) {
            this.channel = channel;
        }

        /** HTTP/2 streams of this connection: counted and guarded once, as the connection. */
        @Override
        public NettyServerCustomizer specializeForChannel(Channel child, ChannelRole role) {
            return new NettyServerCustomizer() {
            };
        }

        @Override
        public void onInitialPipelineBuilt() {
            if (!admitted()) {
                channel.close();
                return;
            }
            channel.pipeline().addFirst("conveyor-write-timeout",
                    new WriteTimeoutHandler(writeTimeoutMillis, TimeUnit.MILLISECONDS));
        }

        @Override
        public void onStreamPipelineBuilt() {
            ChannelPipeline pipeline = channel.pipeline();
            for (String codec : new String[] {ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC,
                    ChannelPipelineCustomizer.HANDLER_HTTP_DECODER}) {
                if (pipeline.get(codec) != null) {
                    pipeline.addAfter(codec, "conveyor-header-timeout", new HeaderDeadline(headerTimeoutMillis));
                    return;
                }
            }
        }

        private boolean admitted() {
            if (maxPerAddress <= 0 || !(channel.remoteAddress() instanceof InetSocketAddress remote)) {
                return true;
            }
            InetAddress address = remote.getAddress();
            AtomicInteger count = connections.computeIfAbsent(address, a -> new AtomicInteger());
            if (count.incrementAndGet() > maxPerAddress) {
                count.decrementAndGet();
                LOG.warn("refused a connection from {}: it already holds {} connections", address, maxPerAddress);
                return false;
            }
            channel.closeFuture().addListener(closed -> {
                if (count.decrementAndGet() == 0) {
                    connections.remove(address, count);
                }
            });
            return true;
        }
    }

    /**
     * Closes the connection unless a request's headers arrive within the timeout, counted from the
     * connection's start and again from the end of each response; gone once the connection is upgraded.
     */
    private static final class HeaderDeadline extends ChannelDuplexHandler {

        private final long timeoutMillis;
        private ScheduledFuture<?> deadline;

        HeaderDeadline(long timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            arm(ctx);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            disarm();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (message instanceof HttpRequest) {
                disarm();
            }
            ctx.fireChannelRead(message);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
            if (message instanceof HttpResponse response
                    && response.status().code() == HttpResponseStatus.SWITCHING_PROTOCOLS.code()) {
                // a WebSocket from here on: its own timeouts apply
                ctx.write(message, promise);
                ctx.pipeline().remove(this);
                return;
            }
            ctx.write(message, promise);
            if (message instanceof LastHttpContent) {
                // counted from when the response is handed to the socket: Micronaut writes with void promises,
                // which take no listener
                arm(ctx);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            disarm();
            ctx.fireChannelInactive();
        }

        private void arm(ChannelHandlerContext ctx) {
            disarm();
            if (ctx.channel().isActive() && !ctx.isRemoved()) {
                deadline = ctx.executor().schedule(() -> {
                    LOG.debug("closing {}: no request headers within {} ms", ctx.channel().remoteAddress(),
                            timeoutMillis);
                    ctx.close();
                }, timeoutMillis, TimeUnit.MILLISECONDS);
            }
        }

        private void disarm() {
            if (deadline != null) {
                deadline.cancel(false);
                deadline = null;
            }
        }
    }
}

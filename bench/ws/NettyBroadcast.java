import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The floor the live fan-out is compared with (bench/ws_bench.py --baseline): the least a Netty
 * server must do to send one text frame to every subscribed WebSocket, with nothing of Conveyor's
 * (no database, no event log, no scoping, no JSON writing). A subscriber connects to /ws (query
 * string ignored) and sends any text frame; it is answered {"type":"subscribed"} and joins the one
 * ChannelGroup. POST /publish with frames as its body, one a line (the events one change made on the
 * server), stamps their "occurredAt" with the current instant (so WsBench measures publish-to-arrival the
 * way it measures commit-to-arrival on the server) and writes each, encoded once, to every member, as the
 * server writes one encoding of an event to all its sockets.
 *
 * Usage (the server's jar carries Netty): java -cp conveyor-bootstrap.jar NettyBroadcast.java PORT
 */
public class NettyBroadcast {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        ChannelGroup subscribers = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        // Netty's default: two event loops per core, as Micronaut's HTTP server has
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        Channel server = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
                                new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                        .websocketPath("/ws").checkStartsWith(true).build()),
                                new Publish(subscribers), new Subscribe(subscribers));
                    }
                }).bind("127.0.0.1", port).sync().channel();
        System.out.println("listening on " + port);
        server.closeFuture().sync();
    }

    /** POST /publish: one frame to every subscriber. */
    private static final class Publish extends SimpleChannelInboundHandler<FullHttpRequest> {
        private final ChannelGroup subscribers;

        Publish(ChannelGroup subscribers) {
            this.subscribers = subscribers;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, FullHttpRequest request) {
            String stamp = "\"occurredAt\":\"" + Instant.now() + "\"";
            for (String frame : request.content().toString(StandardCharsets.UTF_8).split("\n")) {
                ByteBuf encoded = Unpooled.copiedBuffer(
                        frame.replaceFirst("\"occurredAt\":\"[^\"]*\"", stamp), StandardCharsets.UTF_8);
                // the group sends each member a retained duplicate of the one buffer
                subscribers.writeAndFlush(new TextWebSocketFrame(encoded));
            }
            DefaultFullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.NO_CONTENT);
            response.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0);
            context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static final class Subscribe extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        private final ChannelGroup subscribers;

        Subscribe(ChannelGroup subscribers) {
            this.subscribers = subscribers;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, TextWebSocketFrame frame) {
            context.writeAndFlush(new TextWebSocketFrame("{\"type\":\"subscribed\"}"));
            subscribers.add(context.channel());
        }
    }
}

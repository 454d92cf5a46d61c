package dev.conveyor.bootstrap.ops;

import io.micronaut.http.netty.websocket.WebSocketSessionRepository;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * On a graceful shutdown, closes every live WebSocket with 1012 "Service Restart": the web UI and other
 * clients reconnect (to another instance behind the balancer) and resume from the last position they saw.
 * Left open, they would hold the shutdown until its grace period ends.
 */
@Singleton
public class LiveConnectionsClosing implements GracefulShutdownCapable {

    private final WebSocketSessionRepository sessions;

    LiveConnectionsClosing(WebSocketSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        sessions.getChannelGroup()
                .writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.SERVICE_RESTART, "reconnect"))
                .addListener(written -> sessions.getChannelGroup().close()
                        .addListener(done -> closed.complete(null)));
        return closed;
    }
}

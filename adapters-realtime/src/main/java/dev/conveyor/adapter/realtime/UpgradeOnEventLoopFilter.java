package dev.conveyor.adapter.realtime;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.ConditionalFilter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.util.concurrent.EventExecutor;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Hands the answer to a WebSocket upgrade back to its connection's event loop. Micronaut 4.10 writes the
 * handshake answer on whichever thread finished the request's filters and only then puts the WebSocket handler
 * in the connection's pipeline. When a token's session check finished on a blocking thread (a session marker not
 * in the cache), a client that sent its first frame the moment it read the answer had that frame read by the HTTP
 * handler still in place: a ClassCastException and the connection dropped. Written on the event loop, the answer
 * and the pipeline change happen before the loop reads the next frame. Micronaut fixes this upstream
 * (micronaut-core pull request 12528, not in any 4.10 release): drop this filter with the version that has it.
 * Declared for every path and enabled for the socket's own: a filter pattern narrower than {@code /**} makes
 * Micronaut match and sort all filters anew on every request (docs/performance.md, "The request's route and
 * filter matching").
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class UpgradeOnEventLoopFilter implements HttpServerFilter, ConditionalFilter {

    @Override
    public boolean isEnabled(HttpRequest<?> request) {
        return EventSocket.PATH.equals(request.getPath());
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!(request instanceof NettyHttpRequest<?> netty)) {
            return chain.proceed(request);
        }
        EventExecutor loop = netty.getChannelHandlerContext().executor();
        return Mono.from(chain.proceed(request)).flatMap(response -> loop.inEventLoop()
                ? Mono.just(response)
                : Mono.create(sink -> loop.execute(() -> sink.success(response))));
    }

    /** Outermost, so that nothing after it moves the answer off the loop again. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

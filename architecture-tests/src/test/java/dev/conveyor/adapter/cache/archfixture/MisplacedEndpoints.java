package dev.conveyor.adapter.cache.archfixture;

import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.http.annotation.Controller;
import io.micronaut.websocket.annotation.ServerWebSocket;

/** Framework endpoints in the wrong adapter. */
public final class MisplacedEndpoints {

    private MisplacedEndpoints() {
    }

    @Controller("/cache")
    public static class CacheController {
    }

    @MappedEntity("cache_entry")
    public static class CacheEntity {
    }

    @ServerWebSocket("/cache")
    public static class CacheSocket {
    }
}

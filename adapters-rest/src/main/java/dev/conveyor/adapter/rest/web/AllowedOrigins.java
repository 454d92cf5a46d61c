package dev.conveyor.adapter.rest.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.server.HttpServerConfiguration.CorsConfiguration;
import io.micronaut.http.server.cors.CorsOriginConfiguration;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Cross-origin use of the API, from the one setting that also admits pages to
 * the WebSocket: {@code conveyor.http.allowed-origins}. Empty (the default)
 * leaves CORS off: browsers then let only this server's own pages call the API.
 * Listed origins may send credentials (cookies, Authorization) and read the
 * headers clients need; no wildcard is accepted, since a page of any origin
 * riding on a user's cookies is what CORS is there to stop.
 */
@Singleton
final class AllowedOrigins implements BeanCreatedEventListener<CorsConfiguration> {

    static final String SETTING = "conveyor.http.allowed-origins";

    private final List<String> origins;

    AllowedOrigins(@Value("${" + SETTING + ":}") List<String> origins) {
        this.origins = origins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
        if (this.origins.stream().anyMatch(origin -> origin.contains("*"))) {
            throw new ConfigurationException(SETTING + " lists origins one by one; a wildcard would let any "
                    + "site use the API with its visitors' credentials: " + this.origins);
        }
    }

    @Override
    public CorsConfiguration onCreated(BeanCreatedEvent<CorsConfiguration> event) {
        CorsConfiguration cors = event.getBean();
        if (origins.isEmpty()) {
            return cors;
        }
        CorsOriginConfiguration api = new CorsOriginConfiguration();
        api.setAllowedOrigins(origins);
        api.setAllowedMethods(List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
                HttpMethod.PATCH, HttpMethod.DELETE));
        api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
                "Idempotency-Key", CorrelationIds.HEADER, "X-CSRF-Token", "X-Auth-Mode", "Last-Event-ID"));
        api.setExposedHeaders(List.of(CorrelationIds.HEADER, HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION,
                "Idempotent-Replayed"));
        api.setAllowCredentials(true);
        api.setMaxAge(3600L);
        cors.setConfigurations(Map.of("conveyor", api));
        cors.setEnabled(true);
        return cors;
    }
}

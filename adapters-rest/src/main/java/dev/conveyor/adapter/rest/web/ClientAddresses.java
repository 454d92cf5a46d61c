package dev.conveyor.adapter.rest.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;

/**
 * The caller's IP address, for rate limiting, and whether it came over HTTPS.
 * The connection tells both unless {@code conveyor.http.trust-forwarded-for}
 * says the server sits behind a proxy that sets {@code X-Forwarded-For} (and
 * {@code X-Forwarded-Proto}); then the last entry counts, the one that proxy
 * appended, because clients can forge the others.
 */
@Singleton
public final class ClientAddresses {

    private final boolean trustForwardedFor;

    ClientAddresses(@Value("${conveyor.http.trust-forwarded-for:false}") boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    public String of(HttpRequest<?> request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty()) {
                    return last;
                }
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    /**
     * Whether the client reached us over HTTPS: on this connection, or, behind
     * the trusted proxy, as the {@code X-Forwarded-Proto} it appended says.
     */
    public boolean overHttps(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        String forwarded = trustForwardedFor ? request.getHeaders().get("X-Forwarded-Proto") : null;
        if (forwarded == null) {
            return false;
        }
        String[] hops = forwarded.split(",");
        return "https".equalsIgnoreCase(hops[hops.length - 1].strip());
    }
}

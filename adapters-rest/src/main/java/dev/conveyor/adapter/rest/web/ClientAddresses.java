package dev.conveyor.adapter.rest.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

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

    /**
     * The address requests are counted under. An IPv6 client counts as its /64 network: a subscriber is
     * usually given a whole /64 and could otherwise take a fresh address for every request.
     */
    public String of(HttpRequest<?> request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty()) {
                    return counted(last);
                }
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? counted(remote.getAddress())
                : remote.getHostString();
    }

    private static String counted(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // a literal with a colon is an IPv6 address: no name is looked up
            return counted(InetAddress.getByName(address.replaceAll("^\\[|]$", "")));
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private static String counted(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] network = Arrays.copyOf(address.getAddress(), 16);
        Arrays.fill(network, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("16 bytes are an IPv6 address", impossible);
        }
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

package dev.conveyor.adapter.rest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void behindATrustedProxyTheAddressItAppendedCounts() {
        HttpRequest<?> request = HttpRequest.POST("/api/auth/login", "{}")
                .header("X-Forwarded-For", "10.9.9.9, 198.51.100.7");

        assertEquals("198.51.100.7", new ClientAddresses(true).of(request));
    }

    @Test
    void aForgedHeaderIsIgnoredUnlessTheProxyIsTrusted() {
        HttpRequest<?> request = HttpRequest.POST("/api/auth/login", "{}").header("X-Forwarded-For", "10.9.9.9");

        assertEquals(request.getRemoteAddress().getAddress().getHostAddress(), new ClientAddresses(false).of(request));
    }
}

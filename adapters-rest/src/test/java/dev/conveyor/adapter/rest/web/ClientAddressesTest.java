package dev.conveyor.adapter.rest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource({"2001:db8:1:2:3:4:5:6, 2001:db8:1:2:0:0:0:0/64", "2001:db8:1:2:ffff::1, 2001:db8:1:2:0:0:0:0/64",
            "[2001:db8::7], 2001:db8:0:0:0:0:0:0/64", "203.0.113.9, 203.0.113.9", "not:an:address, not:an:address"})
    void anIpv6ClientCountsAsItsSlash64(String forwarded, String counted) {
        HttpRequest<?> request = HttpRequest.POST("/api/auth/login", "{}").header("X-Forwarded-For", forwarded);

        assertEquals(counted, new ClientAddresses(true).of(request));
    }

    @Test
    void httpsIsKnownFromTheConnectionOrFromTheTrustedProxy() {
        HttpRequest<?> forwarded = HttpRequest.GET("/").header("X-Forwarded-Proto", "http, https");

        assertTrue(new ClientAddresses(true).overHttps(forwarded));
        assertFalse(new ClientAddresses(false).overHttps(forwarded), "a client may not claim it");
        assertFalse(new ClientAddresses(true).overHttps(HttpRequest.GET("/")));
    }
}

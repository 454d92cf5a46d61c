package dev.conveyor.adapter.rest.security;

/** An unsafe request authenticated by cookie without the matching CSRF token. */
public final class CsrfTokenInvalidException extends RuntimeException {

    CsrfTokenInvalidException() {
        super("the " + AuthCookies.CSRF_HEADER + " header must repeat the " + AuthCookies.CSRF + " cookie");
    }
}

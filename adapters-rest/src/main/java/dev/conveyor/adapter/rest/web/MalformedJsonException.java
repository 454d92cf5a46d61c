package dev.conveyor.adapter.rest.web;

import java.util.Optional;

/** The body is not JSON, or a value has the wrong JSON type; names the offending path when it is known. */
public final class MalformedJsonException extends RuntimeException {

    private final String path;

    public MalformedJsonException(String path, String message) {
        super(message, null, false, false);
        this.path = path;
    }

    public Optional<String> path() {
        return Optional.ofNullable(path);
    }
}

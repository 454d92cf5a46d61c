package dev.conveyor.application.shared;

import dev.conveyor.domain.shared.DomainException;

/** Credentials are missing, wrong, expired or revoked. */
public class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(String message) {
        super("UNAUTHENTICATED", message);
    }
}

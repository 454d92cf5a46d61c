package dev.conveyor.application.shared;

import dev.conveyor.domain.shared.Address;

/**
 * A canonical text form of a request, used to recognise retries: every field
 * is length-prefixed, so no two different requests share it.
 */
public final class Fingerprint {

    private final StringBuilder text = new StringBuilder();

    public Fingerprint field(String value) {
        if (value == null) {
            text.append("-;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
        return this;
    }

    public Fingerprint address(Address a) {
        return field(a.name()).field(a.line1()).field(a.line2()).field(a.city()).field(a.region())
                .field(a.postalCode()).field(a.country());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

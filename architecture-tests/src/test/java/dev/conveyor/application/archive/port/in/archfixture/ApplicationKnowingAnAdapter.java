package dev.conveyor.application.archive.port.in.archfixture;

import dev.conveyor.adapter.rest.archfixture.RestEndpoint;

/** Breaks the dependency direction: the application reaching into an adapter. */
public class ApplicationKnowingAnAdapter {

    public String path(RestEndpoint endpoint) {
        return endpoint.path();
    }
}

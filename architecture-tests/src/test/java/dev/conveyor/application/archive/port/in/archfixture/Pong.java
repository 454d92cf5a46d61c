package dev.conveyor.application.archive.port.in.archfixture;

import dev.conveyor.domain.archfixture.Ping;

/** The other half of the cycle started by {@link Ping}. */
public class Pong {

    public Ping answer() {
        return new Ping();
    }
}

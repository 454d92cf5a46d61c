package dev.conveyor.domain.archfixture;

import dev.conveyor.application.archive.port.in.archfixture.Pong;

/** One half of a cycle between two areas. */
public class Ping {

    public Pong answer() {
        return new Pong();
    }
}

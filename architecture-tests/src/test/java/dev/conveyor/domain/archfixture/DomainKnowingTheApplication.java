package dev.conveyor.domain.archfixture;

import dev.conveyor.application.shared.Actor;

/** Breaks the dependency direction: the domain reaching out to the application. */
public class DomainKnowingTheApplication {

    public String who(Actor actor) {
        return actor.correlationId();
    }
}

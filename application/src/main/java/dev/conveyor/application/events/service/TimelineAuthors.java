package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.TimelineEntry.Author;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Names the authors of a timeline's events for one reader. Staff see who did what (a name, else the
 * e-mail); sellers see names people chose to give; customers see their own name and only the role of the
 * others, as a shop tells its customers what "the shop" did, not which employee did it.
 */
final class TimelineAuthors {

    private final UserRepositoryPort users;
    private final Actor reader;
    private final Map<UUID, Optional<Author>> known = new HashMap<>();

    TimelineAuthors(UserRepositoryPort users, Actor reader) {
        this.users = users;
        this.reader = reader;
    }

    /** @return null when the server acted (no actor) */
    Author of(UUID actorId) {
        if (actorId == null) {
            return null;
        }
        return known.computeIfAbsent(actorId, id -> users.findById(new UserId(id)).map(this::author)).orElse(null);
    }

    private Author author(User user) {
        boolean you = reader.isUser(user.id());
        return new Author(visibleName(user, you), user.role(), you);
    }

    private String visibleName(User user, boolean you) {
        if (!user.isActive()) {
            return null;
        }
        String name = user.profile().name();
        if (you || reader.isBackOffice()) {
            return name != null ? name : user.email().value();
        }
        return reader.is(Role.SELLER) ? name : null;
    }
}

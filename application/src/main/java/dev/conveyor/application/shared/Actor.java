package dev.conveyor.application.shared;

import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import java.util.Arrays;
import java.util.Objects;

/**
 * Who is asking, and under which correlation id: every use case takes one, so
 * authorization and event attribution are decided in the core, not in the web
 * layer.
 */
public record Actor(Kind kind, UserId userId, Role role, String correlationId) {

    public enum Kind { USER, ANONYMOUS, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(correlationId);
        if (kind == Kind.USER) {
            Objects.requireNonNull(userId);
            Objects.requireNonNull(role);
        }
    }

    public static Actor user(UserId userId, Role role, String correlationId) {
        return new Actor(Kind.USER, userId, role, correlationId);
    }

    public static Actor anonymous(String correlationId) {
        return new Actor(Kind.ANONYMOUS, null, null, correlationId);
    }

    /** The server acting on its own, e.g. confirming orders whose window closed. */
    public static Actor system(String correlationId) {
        return new Actor(Kind.SYSTEM, null, null, correlationId);
    }

    public boolean is(Role candidate) {
        return kind == Kind.USER && role == candidate;
    }

    public boolean isBackOffice() {
        return kind == Kind.USER && role.isBackOffice();
    }

    public boolean isUser(UserId candidate) {
        return kind == Kind.USER && userId.equals(candidate);
    }

    /** The authenticated user; the web layer already refused anonymous calls to such routes. */
    public UserId requireUser() {
        if (kind != Kind.USER) {
            throw new UnauthenticatedException("this operation needs a signed-in user");
        }
        return userId;
    }

    public void requireRole(Role... allowed) {
        requireUser();
        if (Arrays.stream(allowed).noneMatch(r -> r == role)) {
            throw new ForbiddenException("role " + role + " may not do this; needs one of " + Arrays.toString(allowed));
        }
    }
}

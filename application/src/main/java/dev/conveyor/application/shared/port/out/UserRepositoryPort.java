package dev.conveyor.application.shared.port.out;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import java.util.Optional;

public interface UserRepositoryPort {

    /** @return false, writing nothing, when the e-mail address is already taken */
    boolean insert(User user);

    /** @throws dev.conveyor.domain.shared.ConcurrentModificationException when the stored version moved on */
    void update(User user);

    Optional<User> findById(UserId id);

    /** Whether the account exists and is not deleted; cheaper than loading it. */
    boolean isActive(UserId id);

    Optional<User> findByEmail(Email email);

    /** Active accounts, newest first, optionally of one role and matching a text in e-mail or name. */
    Page<User> list(Role role, String text, PageRequest page);
}

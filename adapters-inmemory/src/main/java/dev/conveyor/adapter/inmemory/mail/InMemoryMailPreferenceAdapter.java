package dev.conveyor.adapter.inmemory.mail;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.mail.port.in.MailCategory;
import dev.conveyor.application.mail.port.out.MailPreferencePort;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Opt-outs in memory. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryMailPreferenceAdapter implements MailPreferencePort {

    private final MemoryStore store;
    private final Map<UserId, Set<MailCategory>> optedOut = new HashMap<>();

    public InMemoryMailPreferenceAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Set<MailCategory> optedOut(UserId userId) {
        return store.atomically(() -> {
            Set<MailCategory> categories = optedOut.get(userId);
            return categories == null ? Set.of() : Set.copyOf(categories);
        });
    }

    @Override
    public void save(UserId userId, Set<MailCategory> categories) {
        store.atomically(() -> {
            Set<MailCategory> copy = EnumSet.noneOf(MailCategory.class);
            copy.addAll(categories);
            store.put(optedOut, userId, copy);
            return null;
        });
    }

    @Override
    public void optOut(UserId userId, MailCategory category) {
        store.atomically(() -> {
            Set<MailCategory> copy = EnumSet.noneOf(MailCategory.class);
            copy.addAll(optedOut(userId));
            copy.add(category);
            store.put(optedOut, userId, copy);
            return null;
        });
    }
}

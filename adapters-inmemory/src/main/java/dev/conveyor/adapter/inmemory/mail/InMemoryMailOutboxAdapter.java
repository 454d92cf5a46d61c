package dev.conveyor.adapter.inmemory.mail;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.adapter.inmemory.support.Queries;
import dev.conveyor.application.mail.port.out.MailOutboxPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The mail outbox in memory, with the same unique (event, recipient, template) as the table. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryMailOutboxAdapter implements MailOutboxPort {

    private final MemoryStore store;
    private final Map<UUID, QueuedMail> mails = new LinkedHashMap<>();
    private final Map<String, UUID> keys = new LinkedHashMap<>();
    private final Map<UUID, Instant> claimedAt = new LinkedHashMap<>();

    public InMemoryMailOutboxAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean enqueue(QueuedMail mail) {
        return store.atomically(() -> {
            String key = mail.eventId() + "/" + mail.recipientId() + "/" + mail.template();
            if (keys.containsKey(key)) {
                return false;
            }
            store.put(keys, key, mail.id());
            store.put(mails, mail.id(), mail);
            return true;
        });
    }

    @Override
    public List<QueuedMail> due(Instant now, int limit) {
        return store.atomically(() -> mails.values().stream()
                .filter(m -> m.status() == Status.PENDING && !m.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(QueuedMail::nextAttemptAt).thenComparing(QueuedMail::id))
                .limit(limit).toList());
    }

    @Override
    public boolean claim(UUID id, Instant now) {
        return store.atomically(() -> {
            QueuedMail mail = mails.get(id);
            if (mail == null || mail.status() != Status.PENDING) {
                return false;
            }
            change(id, m -> with(m, Status.SENDING, m.attempts(), m.nextAttemptAt(), null, m.lastError()));
            store.put(claimedAt, id, now);
            return true;
        });
    }

    @Override
    public void sent(UUID id, Instant at) {
        store.atomically(() -> change(id, m -> with(m, Status.SENT, m.attempts() + 1, m.nextAttemptAt(), at, null)));
    }

    @Override
    public void retryLater(UUID id, int attempts, Instant nextAttemptAt, String error) {
        store.atomically(() -> change(id, m -> with(m, Status.PENDING, attempts, nextAttemptAt, null, error)));
    }

    @Override
    public void giveUp(UUID id, Status status, int attempts, String error, Instant at) {
        store.atomically(() -> change(id, m -> with(m, status, attempts, null, null, error)));
    }

    @Override
    public int giveUpStaleClaims(Instant claimedBefore, String error) {
        return store.atomically(() -> {
            List<UUID> stale = mails.values().stream()
                    .filter(m -> m.status() == Status.SENDING && claimedAt.get(m.id()).isBefore(claimedBefore))
                    .map(QueuedMail::id).toList();
            stale.forEach(id -> change(id, m -> with(m, Status.UNCERTAIN, m.attempts() + 1, null, null, error)));
            return stale.size();
        });
    }

    @Override
    public Page<QueuedMail> list(Status status, PageRequest page) {
        return store.atomically(() -> Queries.page(mails.values().stream().filter(m -> m.status() == status)
                .sorted(Comparator.comparing(QueuedMail::createdAt).reversed().thenComparing(QueuedMail::id))
                .toList(), page));
    }

    @Override
    public Optional<QueuedMail> find(UUID id) {
        return store.atomically(() -> Optional.ofNullable(mails.get(id)));
    }

    @Override
    public boolean resend(UUID id, Instant now) {
        return store.atomically(() -> {
            QueuedMail mail = mails.get(id);
            if (mail == null || !Set.of(Status.FAILED, Status.UNCERTAIN).contains(mail.status())) {
                return false;
            }
            return change(id, m -> with(m, Status.PENDING, 0, now, null, m.lastError()));
        });
    }

    private boolean change(UUID id, UnaryOperator<QueuedMail> change) {
        QueuedMail mail = mails.get(id);
        if (mail != null) {
            store.put(mails, id, change.apply(mail));
        }
        return mail != null;
    }

    private static QueuedMail with(QueuedMail m, Status status, int attempts, Instant nextAttemptAt, Instant sentAt,
                                   String error) {
        return new QueuedMail(m.id(), m.eventId(), m.template(), m.recipientId(), m.recipientEmail(), m.subject(),
                m.html(), m.text(), m.unsubscribeUrl(), m.invoiceId(), m.customerId(), status, attempts, nextAttemptAt,
                m.createdAt(), sentAt, error);
    }
}

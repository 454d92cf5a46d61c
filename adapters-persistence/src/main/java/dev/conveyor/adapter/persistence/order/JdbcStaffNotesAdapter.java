package dev.conveyor.adapter.persistence.order;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.backoffice.port.in.NoteSubject;
import dev.conveyor.application.backoffice.port.in.StaffNote;
import dev.conveyor.application.backoffice.port.out.StaffNotesPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff notes, each row naming its customer or its order (the other column null), so both keep a foreign key. */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcStaffNotesAdapter implements StaffNotesPort {

    private static final String COLUMNS = "id, customer_id, order_id, author_id, body, created_at";

    private final Jdbc jdbc;

    JdbcStaffNotesAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(StaffNote note) {
        boolean customer = note.subject().kind() == NoteSubject.Kind.CUSTOMER;
        jdbc.update("INSERT INTO staff_notes (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", statement -> {
            statement.setObject(1, note.id());
            Columns.setUuid(statement, 2, customer ? note.subject().id() : null);
            Columns.setUuid(statement, 3, customer ? null : note.subject().id());
            statement.setObject(4, note.author().value());
            statement.setString(5, note.body());
            Columns.setInstant(statement, 6, note.createdAt());
        });
    }

    @Override
    public Optional<StaffNote> findById(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM staff_notes WHERE id = ?", statement -> statement.setObject(1, id),
                JdbcStaffNotesAdapter::note);
    }

    @Override
    public Page<StaffNote> find(NoteSubject subject, PageRequest page) {
        String column = subject.kind() == NoteSubject.Kind.CUSTOMER ? "customer_id" : "order_id";
        long total = jdbc.one("SELECT COUNT(*) FROM staff_notes WHERE " + column + " = ?",
                statement -> statement.setObject(1, subject.id()), row -> row.getLong(1)).orElse(0L);
        List<StaffNote> items = jdbc.list("SELECT " + COLUMNS + " FROM staff_notes WHERE " + column + " = ?"
                        + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                statement -> {
                    statement.setObject(1, subject.id());
                    statement.setInt(2, page.size());
                    statement.setLong(3, page.offset());
                },
                JdbcStaffNotesAdapter::note);
        return Page.of(items, page, total);
    }

    private static StaffNote note(ResultSet row) throws SQLException {
        UUID customer = Columns.uuid(row, "customer_id");
        NoteSubject subject = customer != null ? NoteSubject.customer(customer)
                : NoteSubject.order(Columns.uuid(row, "order_id"));
        return new StaffNote(Columns.uuid(row, "id"), subject, new UserId(Columns.uuid(row, "author_id")),
                row.getString("body"), Columns.instant(row, "created_at"));
    }
}

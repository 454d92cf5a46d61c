package dev.conveyor.adapter.persistence.user;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.accounts.port.in.SavedAddress;
import dev.conveyor.application.accounts.port.out.AddressBookPort;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcAddressBookAdapter implements AddressBookPort {

    private final Jdbc jdbc;

    JdbcAddressBookAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner's users row stands for the book: a book with no address yet has no row of its own to lock. */
    @Override
    public void lock(UserId owner) {
        jdbc.one("SELECT id FROM users WHERE id = ? FOR UPDATE", statement -> statement.setObject(1, owner.value()),
                row -> row.getObject(1));
    }

    @Override
    public List<SavedAddress> findByOwner(UserId owner) {
        return jdbc.list("""
                        SELECT id, name, line1, line2, city, region, postal_code, country, is_default, created_at
                          FROM user_addresses WHERE owner_id = ? ORDER BY is_default DESC, created_at, id""",
                statement -> statement.setObject(1, owner.value()),
                row -> new SavedAddress(Columns.uuid(row, "id"), new Address(row.getString("name"),
                        row.getString("line1"), row.getString("line2"), row.getString("city"), row.getString("region"),
                        row.getString("postal_code"), row.getString("country")), row.getBoolean("is_default"),
                        Columns.instant(row, "created_at")));
    }

    @Override
    public void insert(UserId owner, SavedAddress saved) {
        jdbc.update("""
                INSERT INTO user_addresses (name, line1, line2, city, region, postal_code, country, is_default,
                                            id, owner_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            bind(statement, saved, owner);
            Columns.setInstant(statement, 11, saved.createdAt());
        });
    }

    @Override
    public boolean update(UserId owner, SavedAddress saved) {
        return jdbc.update("""
                UPDATE user_addresses SET name = ?, line1 = ?, line2 = ?, city = ?, region = ?, postal_code = ?,
                       country = ?, is_default = ? WHERE id = ? AND owner_id = ?""",
                statement -> bind(statement, saved, owner)) == 1;
    }

    @Override
    public boolean delete(UserId owner, UUID id) {
        return jdbc.update("DELETE FROM user_addresses WHERE id = ? AND owner_id = ?", statement -> {
            statement.setObject(1, id);
            statement.setObject(2, owner.value());
        }) == 1;
    }

    @Override
    public void makeDefault(UserId owner, UUID id) {
        jdbc.update("UPDATE user_addresses SET is_default = (id = ?) WHERE owner_id = ?", statement -> {
            statement.setObject(1, id);
            statement.setObject(2, owner.value());
        });
    }

    @Override
    public void deleteAllOf(UserId owner) {
        jdbc.update("DELETE FROM user_addresses WHERE owner_id = ?", statement -> statement.setObject(1, owner.value()));
    }

    /** Parameters 1 to 10: the address, the default flag, the id and the owner. */
    private static void bind(PreparedStatement statement, SavedAddress saved, UserId owner) throws SQLException {
        Address address = saved.address();
        statement.setString(1, address.name());
        statement.setString(2, address.line1());
        statement.setString(3, address.line2());
        statement.setString(4, address.city());
        statement.setString(5, address.region());
        statement.setString(6, address.postalCode());
        statement.setString(7, address.country());
        statement.setBoolean(8, saved.isDefault());
        statement.setObject(9, saved.id());
        statement.setObject(10, owner.value());
    }
}

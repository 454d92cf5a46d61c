package dev.conveyor.domain.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks the framework-free core: JDBC in a domain class. */
public class JdbcInDomain {

    public boolean isUsable(Connection connection) throws SQLException {
        return !connection.isClosed();
    }
}

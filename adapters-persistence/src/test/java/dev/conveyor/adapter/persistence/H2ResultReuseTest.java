package dev.conveyor.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * H2 must not answer a query from its previous result: under contention that result can predate a commit the
 * caller waited for (see {@code H2ResultReuse}). The race itself is too rare to provoke in a test.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2ResultReuseTest implements OnH2 {

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver dataSources;

    @Test
    void everyH2ConnectionHasResultReuseTurnedOff() throws SQLException {
        // the driver's own metadata leaves the settings out of the URL; the pool opens every connection with it
        String url = dataSources.resolve(dataSource).unwrap(HikariDataSource.class).getJdbcUrl();
        assertTrue(url.toUpperCase().contains("OPTIMIZE_REUSE_RESULTS=FALSE"), url);
    }
}

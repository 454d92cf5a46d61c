package dev.conveyor.adapter.persistence.support;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Turns off H2's reuse of a query's previous result on every H2 data source, the embedded default's and any
 * configured one. H2 (2.3) answers a repeated query from the result it computed before when it believes no data
 * changed since, and a commit racing with that check can leave a transaction that has just waited for a row
 * lock ({@code SELECT ... FOR UPDATE}) reading the row as it was before the lock holder committed: its
 * version-checked write then fails although it held the lock. Measured with eight threads taking turns on one
 * row on a loaded machine: one or two such stale reads in 24,000 locked updates, none with the reuse off.
 * PostgreSQL has no such cache, so nothing changes there.
 */
@Singleton
final class H2ResultReuse implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final String OFF = "OPTIMIZE_REUSE_RESULTS=FALSE";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        String url = datasource.getUrl();
        if (url != null && url.startsWith("jdbc:h2:")
                && !url.toUpperCase(Locale.ROOT).contains("OPTIMIZE_REUSE_RESULTS=")) {
            datasource.setUrl(stripTrailingSemicolons(url) + ";" + OFF);
        }
        return datasource;
    }

    private static String stripTrailingSemicolons(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == ';') {
            end--;
        }
        return url.substring(0, end);
    }
}

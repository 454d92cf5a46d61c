package dev.conveyor.bootstrap.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Wraps the application's data source so that a test sees every statement the server sends, in order, and
 * where each transaction begins and commits: {@code BEGIN} and {@code COMMIT} stand for
 * {@code setAutoCommit(false)} and {@code commit()}, which reach PostgreSQL as those statements.
 */
@Singleton
@Requires(property = "test.capture-sql", value = "true")
final class SqlCapture implements BeanCreatedEventListener<DataSource>, Ordered {

    /**
     * @param rows             how many parameter sets a batch carried (1 for a plain statement)
     * @param longestParameter the length of the longest parameter as text (an event's payload, say)
     */
    record Sent(String sql, int rows, int longestParameter) {
    }

    private final List<Sent> statements = new ArrayList<>();
    private boolean recording;

    /** First, on the pool itself: Micronaut's transaction-aware wrapper must end up around this one. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return ProxyDataSourceBuilder.create(event.getBean())
                .afterQuery((execution, queries) -> queries.forEach(this::record))
                .afterMethod(call -> {
                    if (call.getTarget() instanceof Connection) {
                        switch (call.getMethod().getName()) {
                            case "setAutoCommit" -> {
                                if (Boolean.FALSE.equals(call.getMethodArgs()[0])) {
                                    record(new Sent("BEGIN", 1, 0));
                                }
                            }
                            case "commit" -> record(new Sent("COMMIT", 1, 0));
                            case "rollback" -> record(new Sent("ROLLBACK", 1, 0));
                            default -> { }
                        }
                    }
                })
                .build();
    }

    synchronized void start() {
        statements.clear();
        recording = true;
    }

    synchronized List<Sent> snapshot() {
        return List.copyOf(statements);
    }

    synchronized List<Sent> stop() {
        recording = false;
        return List.copyOf(statements);
    }

    private void record(QueryInfo query) {
        int longest = query.getParametersList().stream().flatMap(List::stream)
                .mapToInt(set -> set.getArgs() == null || set.getArgs().length < 2 ? 0
                        : String.valueOf(set.getArgs()[1]).length())
                .max().orElse(0);
        record(new Sent(query.getQuery(), Math.max(1, query.getParametersList().size()), longest));
    }

    private synchronized void record(Sent sent) {
        if (recording) {
            statements.add(sent);
        }
    }
}

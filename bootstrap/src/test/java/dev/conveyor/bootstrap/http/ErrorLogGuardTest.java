package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The guard records the server's own errors while a test runs, and nothing else. */
class ErrorLogGuardTest {

    @Test
    @ExpectsErrorLogs("it logs errors to see the guard record them")
    void theServersOwnErrorsAreRecordedWarningsAndLibrariesErrorsAreNot() {
        Logger server = LoggerFactory.getLogger("dev.conveyor.bootstrap.SomeJob");
        Logger library = LoggerFactory.getLogger("com.zaxxer.hikari.pool.HikariPool");

        ErrorLogGuard.RECORDER.record();
        server.error("the job failed", new IllegalStateException("boom"));
        server.warn("only a warning");
        library.error("a library's error, provoked by the tests that stop its server");
        List<ILoggingEvent> recorded = ErrorLogGuard.RECORDER.recorded();
        server.error("logged while no test records");

        assertEquals(List.of("the job failed"), recorded.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertEquals(List.of(), ErrorLogGuard.RECORDER.recorded());
    }
}

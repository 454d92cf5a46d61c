package dev.conveyor.bootstrap.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails an HTTP test during which the server logged an error of its own (a logger under
 * {@code dev.conveyor} at ERROR: an unexpected 500, a failed job), unless the test declares
 * {@link ExpectsErrorLogs}. Registered for every test of the module (META-INF/services, auto-detection in
 * junit-platform.properties) and acting on the tests of this package only. What a library logs (a driver
 * while its server is stopped on purpose) is left to the tests that provoke it; errors logged while no test
 * method runs (a server starting or stopping) belong to no test.
 */
public final class ErrorLogGuard implements BeforeEachCallback, AfterEachCallback {

    private static final String SERVER_LOGGERS = "dev.conveyor";
    static final Recorder RECORDER = new Recorder();

    @Override
    public void beforeEach(ExtensionContext context) {
        if (guarded(context)) {
            RECORDER.record();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!guarded(context)) {
            return;
        }
        List<ILoggingEvent> errors = RECORDER.recorded();
        boolean expected = context.getRequiredTestMethod().isAnnotationPresent(ExpectsErrorLogs.class)
                || context.getRequiredTestClass().isAnnotationPresent(ExpectsErrorLogs.class);
        if (!errors.isEmpty() && !expected) {
            throw new AssertionError("the server logged " + errors.size() + " unexpected error(s) during the test:\n"
                    + errors.stream().map(ErrorLogGuard::describe).collect(Collectors.joining("\n")));
        }
    }

    private static boolean guarded(ExtensionContext context) {
        return context.getRequiredTestClass().getPackageName().equals(ErrorLogGuard.class.getPackageName());
    }

    private static String describe(ILoggingEvent event) {
        String cause = event.getThrowableProxy() == null ? ""
                : " (" + event.getThrowableProxy().getClassName() + ": " + event.getThrowableProxy().getMessage() + ")";
        return "  " + event.getLoggerName() + ": " + event.getFormattedMessage() + cause;
    }

    /** One appender on the root logger for the whole run; it keeps events only while a test runs. */
    static final class Recorder extends AppenderBase<ILoggingEvent> {

        private final List<ILoggingEvent> errors = new CopyOnWriteArrayList<>();
        private volatile boolean recording;

        /** Attaches itself again if the logging was configured anew since (a reset detaches appenders). */
        synchronized void record() {
            LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
            if (!isStarted()) {
                setContext(logging);
                setName("error-log-guard");
                super.start();
            }
            Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
            if (!root.isAttached(this)) {
                root.addAppender(this);
            }
            errors.clear();
            recording = true;
        }

        /** Stops recording and hands over what was recorded. */
        List<ILoggingEvent> recorded() {
            recording = false;
            List<ILoggingEvent> logged = List.copyOf(errors);
            errors.clear();
            return logged;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (recording && event.getLevel().isGreaterOrEqual(Level.ERROR)
                    && event.getLoggerName().startsWith(SERVER_LOGGERS)) {
                errors.add(event);
            }
        }
    }
}

package dev.conveyor.bootstrap.ops;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Micronaut's launcher, reporting a failed start as one line that names the cause and the setting. */
public final class ConveyorLauncher extends Micronaut {

    private static final Logger LOG = LoggerFactory.getLogger("conveyor");

    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        LOG.error(StartFailure.describe(exception, environment));
        LOG.debug("start-up failure", exception);
        System.exit(1);
    }
}

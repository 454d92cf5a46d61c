package dev.conveyor.bootstrap.ops;

import dev.conveyor.application.mail.port.out.MailSenderPort;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one line an operator looks for: what runs, where it listens, on which database and cache, where
 * mail goes (the embedded default writes it to the log instead of sending it), which bucket holds the pictures
 * when not the local directory, and where events are published.
 * It is the first line the server logs at INFO (Micronaut's own start-up lines are below the log level).
 */
@Singleton
public class StartLine implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger("conveyor");

    private final Environment environment;
    private final MailSenderPort mail;

    StartLine(Environment environment, MailSenderPort mail) {
        this.environment = environment;
        this.mail = mail;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        BuildInfo build = BuildInfo.ofThisBuild();
        String host = environment.getProperty("micronaut.server.host", String.class).orElse("0.0.0.0");
        LOG.info("Conveyor {} (commit {}) listening on http://{}:{} — database {} — cache {} — mail {}{}{}",
                build.version(), build.commit(), host, event.getSource().getPort(), database(), cache(),
                mail.describe(), mediaStore(), eventBus());
    }

    private String database() {
        if ("memory".equals(environment.getProperty("conveyor.persistence", String.class).orElse("jdbc"))) {
            return "in memory (nothing is kept)";
        }
        return environment.getProperty("datasources.default.url", String.class).map(Settings::database).orElse("none");
    }

    /** Said only for S3: the default directory's line stays as it is. */
    private String mediaStore() {
        if (!"s3".equals(environment.getProperty("conveyor.media.store", String.class).map(String::strip).orElse(""))) {
            return "";
        }
        String endpoint = environment.getProperty("conveyor.media.s3.endpoint", String.class).map(String::strip)
                .filter(e -> !e.isEmpty())
                .orElseGet(() -> "AWS " + environment.getProperty("conveyor.media.s3.region", String.class).orElse(""));
        return " — pictures in S3 bucket " + environment.getProperty("conveyor.media.s3.bucket", String.class).orElse("")
                + " at " + endpoint;
    }

    /** Said only when on: the embedded default's line stays as it is. */
    private String eventBus() {
        if (!"nats".equals(environment.getProperty("conveyor.events.bus", String.class).orElse("none"))) {
            return "";
        }
        return " — events published to NATS " + Arrays.stream(environment.getProperty("conveyor.nats.url", String.class)
                .orElse("").split(",")).map(String::strip).filter(url -> !url.isEmpty()).map(Settings::redis)
                .collect(Collectors.joining(","));
    }

    private String cache() {
        String cache = environment.getProperty("conveyor.cache", String.class).orElse("local");
        if ("redis".equals(cache)) {
            return "redis " + environment.getProperty("redis.uri", String.class).map(Settings::redis).orElse("(no REDIS_URI)");
        }
        return cache;
    }
}

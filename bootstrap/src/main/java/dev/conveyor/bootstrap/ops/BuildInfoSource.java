package dev.conveyor.bootstrap.ops;

import io.micronaut.context.env.MapPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.management.endpoint.info.InfoSource;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** {@code /info}: the version and commit this server was built from. */
@Singleton
public class BuildInfoSource implements InfoSource {

    @Override
    public Publisher<PropertySource> getSource() {
        BuildInfo build = BuildInfo.ofThisBuild();
        return Mono.just(new MapPropertySource("build", Map.of("version", build.version(), "commit", build.commit())));
    }
}

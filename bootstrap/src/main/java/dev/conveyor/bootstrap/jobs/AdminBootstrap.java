package dev.conveyor.bootstrap.jobs;

import dev.conveyor.application.accounts.port.in.BootstrapAdminUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the first administrator from configuration when the application starts. */
@Singleton
@Requires(property = "conveyor.admin.email")
@Requires(property = "conveyor.admin.password")
public class AdminBootstrap implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final BootstrapAdminUseCase bootstrapAdmin;
    private final String email;
    private final String password;

    AdminBootstrap(BootstrapAdminUseCase bootstrapAdmin, @Value("${conveyor.admin.email}") String email,
                   @Value("${conveyor.admin.password}") String password) {
        this.bootstrapAdmin = bootstrapAdmin;
        this.email = email;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        bootstrapAdmin.ensureAdmin(email, password)
                .ifPresentOrElse(admin -> LOG.info("created the first administrator {}", admin.email()),
                        () -> LOG.info("administrator account {} exists already", email));
    }
}

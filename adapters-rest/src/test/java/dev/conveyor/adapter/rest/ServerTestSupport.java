package dev.conveyor.adapter.rest;

import dev.conveyor.application.accounts.port.out.AccessTokenPort;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/** An embedded server with the REST adapter in front of {@link FakeCore}. */
public abstract class ServerTestSupport {

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper json;
    @Inject
    protected FakeCore core;
    @Inject
    protected FakeLimits limits;
    @Inject
    protected AccessTokenPort accessTokens;

    protected ApiClient api;

    @BeforeEach
    void startClient() {
        core.reset();
        limits.reset();
        api = new ApiClient(server.getURL(), json);
    }

    protected String tokenFor(UserId user, Role role) {
        return accessTokens.issue(Fixtures.user(user, role), 0, Instant.now()).value();
    }

    protected String tokenFor(Role role) {
        return tokenFor(UserId.newId(), role);
    }
}

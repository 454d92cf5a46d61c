package dev.conveyor.adapter.persistence.webhook;

import static dev.conveyor.adapter.persistence.WebhookSecretKey.withSecretKey;

import dev.conveyor.adapter.persistence.OnPostgres;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresWebhookFanOutTest extends WebhookFanOutContract implements OnPostgres {

    @Override
    public Map<String, String> getProperties() {
        return withSecretKey(OnPostgres.super.getProperties());
    }
}

package dev.conveyor.adapter.persistence.webhook;

import static dev.conveyor.adapter.persistence.WebhookSecretKey.withSecretKey;

import dev.conveyor.adapter.persistence.OnH2;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2WebhookFanOutTest extends WebhookFanOutContract implements OnH2 {

    @Override
    public Map<String, String> getProperties() {
        return withSecretKey(OnH2.super.getProperties());
    }
}

package dev.conveyor.adapter.persistence;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The key of the webhook secrets at rest for tests that start the webhook adapters, so that no key file is generated. */
public final class WebhookSecretKey {

    private WebhookSecretKey() {
    }

    public static Map<String, String> withSecretKey(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("conveyor.webhooks.secret-key", Base64.getEncoder().encodeToString(new byte[32]));
        return all;
    }
}

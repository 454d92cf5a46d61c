package dev.conveyor.adapter.payments;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code conveyor.payments.stripe.*}: the secret API key, the webhook signing
 * secret, and where the API is (tests point it at a local stub).
 *
 * @param apiBase            https://api.stripe.com in production
 * @param webhookTolerance   how old a signed webhook may be
 * @param maxNetworkRetries  retries of a failed call, each with the same idempotency key
 */
@ConfigurationProperties("conveyor.payments.stripe")
@Requires(property = "conveyor.payments.stripe.enabled", value = "true")
public record StripeSettings(String secretKey, String webhookSecret,
                             @Bindable(defaultValue = "https://api.stripe.com") String apiBase,
                             @Bindable(defaultValue = "300s") Duration webhookTolerance,
                             @Bindable(defaultValue = "2") int maxNetworkRetries,
                             @Bindable(defaultValue = "10s") Duration timeout) {
}

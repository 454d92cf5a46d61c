package dev.conveyor.adapter.rest.web;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Whether the web UI offers to pay by card: only when Stripe is enabled and
 * its publishable key is set, the key Stripe.js runs with in the browser. The
 * answer drives both the payment options the UI reads and the browser policy
 * that lets Stripe.js load ({@link ContentSecurityPolicies}).
 */
@Singleton
public final class CardPayments {

    /** Where Stripe.js comes from, its frames (card fields, 3-D Secure) and the API it calls. */
    static final String SCRIPTS_AND_FRAMES = "https://js.stripe.com";
    static final String FRAMES = SCRIPTS_AND_FRAMES + " https://hooks.stripe.com";
    static final String API = "https://api.stripe.com";

    private final Optional<String> publishableKey;

    CardPayments(@Value("${conveyor.payments.stripe.enabled:false}") boolean stripeEnabled,
                 @Value("${conveyor.payments.stripe.publishable-key:}") String publishableKey) {
        this.publishableKey = stripeEnabled && !publishableKey.isBlank()
                ? Optional.of(publishableKey.strip()) : Optional.empty();
    }

    /** Stripe's publishable key when cards are offered, else empty. */
    public Optional<String> publishableKey() {
        return publishableKey;
    }

    public boolean offered() {
        return publishableKey.isPresent();
    }
}

package dev.conveyor.adapter.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.application.payments.port.out.PaymentGatewayPort;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** conveyor.payments.stripe.enabled adds the Stripe gateway next to the manual one. */
class PaymentsAdapterSelectionTest {

    @Test
    void onlyTheManualGatewayByDefault() {
        try (ApplicationContext context = start(Map.of())) {
            assertEquals(Set.of("manual"), names(context));
        }
    }

    @Test
    void stripeWhenEnabled() {
        try (ApplicationContext context = start(Map.of(
                "conveyor.payments.stripe.enabled", "true",
                "conveyor.payments.stripe.secret-key", "sk_test_1",
                "conveyor.payments.stripe.webhook-secret", "whsec_1"))) {
            assertEquals(Set.of("manual", "stripe"), names(context));
        }
    }

    private static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.builder().properties(properties).singletons(Clock.systemUTC()).start();
    }

    private static Set<String> names(ApplicationContext context) {
        return context.getBeansOfType(PaymentGatewayPort.class).stream().map(PaymentGatewayPort::name)
                .collect(Collectors.toSet());
    }
}

package dev.conveyor.bootstrap.usecases;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The cart-tracking contract on the in-memory adapters. */
@MicronautTest(environments = "memory", startApplication = false, transactional = false)
@Property(name = "test.clock", value = "manual")
@Property(name = "conveyor.orders.confirmation-job.enabled", value = "false")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret",
        value = "use-case-tests-secret-at-least-32-characters-long")
class InMemoryCartTrackingTest extends CartTrackingContract {
}

package dev.conveyor.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** On PostgreSQL the writers and the relay each hold a connection of their own: real interleaved commits. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresEventRelayTest extends EventRelayContract implements OnPostgres {
}

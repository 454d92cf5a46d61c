package dev.conveyor.adapter.persistence.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;

/**
 * The {@code @Named(Jdbc.READS)} {@link Jdbc}, injected only into the adapters of reads that tolerate a few
 * seconds' staleness (catalogue, back-office lists, exports and figures, the event API): routed by
 * {@link ReadReplica} when a replica is set, the primary's own {@link Jdbc} otherwise.
 */
@Factory
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class ReplicaReads {

    @Singleton
    @Named(Jdbc.READS)
    @Requires(property = "datasources.read.url")
    Jdbc viaReplica(Jdbc primary, ConnectionOperations<Connection> connections, ReadReplica replica) {
        return new Jdbc(connections, replica, primary.dialect());
    }

    @Singleton
    @Named(Jdbc.READS)
    @Requires(missingProperty = "datasources.read.url")
    Jdbc primaryOnly(Jdbc primary) {
        return primary;
    }
}

package dev.conveyor.application.archive.port.in.archfixture;

import dev.conveyor.application.audit.port.in.archfixture.AuditTrailQuery;

/** Half of a cycle between two features, each using the other's in-port (allowed one way, never both). */
public interface AuditedArchiveQuery {

    AuditTrailQuery trail();
}

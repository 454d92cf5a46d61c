package dev.conveyor.application.audit.port.in.archfixture;

import dev.conveyor.application.archive.port.in.archfixture.AuditedArchiveQuery;

/** The other half of the cycle started by {@link AuditedArchiveQuery}. */
public interface AuditTrailQuery {

    AuditedArchiveQuery archive();
}

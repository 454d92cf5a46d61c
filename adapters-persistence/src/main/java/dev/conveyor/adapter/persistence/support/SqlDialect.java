package dev.conveyor.adapter.persistence.support;

import java.util.Locale;

/**
 * The few statements PostgreSQL and H2 (in PostgreSQL mode) cannot share. H2 has
 * no {@code UPDATE ... RETURNING} and no conditional {@code ON CONFLICT ... DO
 * UPDATE}; it reads changed rows through a data change delta table and upserts
 * with a standard {@code MERGE}.
 */
public enum SqlDialect {

    POSTGRESQL {
        @Override
        public String updateReturning(String update, String columns) {
            return update + " RETURNING " + columns;
        }

        @Override
        public String deleteReturning(String delete, String columns) {
            return delete + " RETURNING " + columns;
        }

        @Override
        public String claimIdempotencyKey() {
            // a concurrent claim of the same key waits on the unique index until the other transaction ends,
            // then sees its record and claims nothing
            return """
                    INSERT INTO idempotency_keys (scope, idem_key, operation, fingerprint, resource_id, created_at,
                                                  expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (scope, idem_key) DO UPDATE
                        SET operation = EXCLUDED.operation, fingerprint = EXCLUDED.fingerprint,
                            resource_id = EXCLUDED.resource_id, created_at = EXCLUDED.created_at,
                            expires_at = EXCLUDED.expires_at
                        WHERE idempotency_keys.expires_at <= EXCLUDED.created_at""";
        }
    },

    H2 {
        @Override
        public String updateReturning(String update, String columns) {
            return "SELECT " + columns + " FROM FINAL TABLE (" + update + ")";
        }

        @Override
        public String deleteReturning(String delete, String columns) {
            return "SELECT " + columns + " FROM OLD TABLE (" + delete + ")";
        }

        @Override
        public String claimIdempotencyKey() {
            return """
                    MERGE INTO idempotency_keys k
                    USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(64)),
                                   CAST(? AS VARCHAR(128)), CAST(? AS UUID), CAST(? AS TIMESTAMP WITH TIME ZONE),
                                   CAST(? AS TIMESTAMP WITH TIME ZONE)))
                        AS n (scope, idem_key, operation, fingerprint, resource_id, created_at, expires_at)
                    ON k.scope = n.scope AND k.idem_key = n.idem_key
                    WHEN MATCHED AND k.expires_at <= n.created_at THEN
                        UPDATE SET operation = n.operation, fingerprint = n.fingerprint, resource_id = n.resource_id,
                                   created_at = n.created_at, expires_at = n.expires_at
                    WHEN NOT MATCHED THEN
                        INSERT (scope, idem_key, operation, fingerprint, resource_id, created_at, expires_at)
                        VALUES (n.scope, n.idem_key, n.operation, n.fingerprint, n.resource_id, n.created_at,
                                n.expires_at)""";
        }
    };

    /**
     * A statement that runs {@code update} and yields the given columns of every row it changed;
     * run it with {@code executeQuery}.
     */
    public abstract String updateReturning(String update, String columns);

    /** A statement that runs {@code delete} and yields the given columns of every row it deleted. */
    public abstract String deleteReturning(String delete, String columns);

    /**
     * Stores an idempotency record unless an unexpired one holds its scope and key; the update count is 1
     * when it was stored. Parameters: scope, key, operation, fingerprint, resource id, created at, expires at.
     */
    public abstract String claimIdempotencyKey();

    /** @param productName {@link java.sql.DatabaseMetaData#getDatabaseProductName()} */
    public static SqlDialect of(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        throw new IllegalStateException("Conveyor stores its data in PostgreSQL or H2, not in " + productName);
    }
}

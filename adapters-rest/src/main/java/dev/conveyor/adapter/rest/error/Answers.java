package dev.conveyor.adapter.rest.error;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers an operation can give, for the OpenAPI document: put on a
 * controller (every operation) or a method, each adds one problem+json
 * response. The HTTP tests hold every answer to the document, so an operation
 * that answers a status it does not declare fails its test.
 */
public final class Answers {

    static final String PROBLEM = "application/problem+json";

    private Answers() {
    }

    /** 400: a parameter, header or body member is missing or wrong; {@code field} names it. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400", description = "Invalid input: `code` VALIDATION_FAILED with `field` naming "
            + "the offending parameter or member, or MALFORMED_JSON",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface Invalid {
    }

    /** 401: no valid access token (or, for login and refresh, wrong credentials or an unusable refresh token). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "401", description = "UNAUTHENTICATED: no valid access token, or wrong credentials",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface Unauthenticated {
    }

    /** 403: the caller's role may not do this, or a cookie-authenticated write lacks its CSRF token. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "403", description = "FORBIDDEN: the caller's role may not do this; "
            + "CSRF_TOKEN_INVALID: a cookie-authenticated write without its X-CSRF-Token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface Forbidden {
    }

    /** 404: nothing under this id that the caller may see (another user's order is "not found", never 403). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "404", description = "Not found, or not visible to the caller",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface NotFound {
    }

    /** 409: the request contradicts the current state; {@code code} says how (e.g. OUT_OF_STOCK). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state: `code` says how "
            + "(e.g. OUT_OF_STOCK, INVALID_STATUS_TRANSITION, IDEMPOTENCY_KEY_IN_USE)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface Conflict {
    }

    /** 413 and 415: the operation reads a JSON body of at most 1 MiB. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE: the body exceeds 1 MiB",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "UNSUPPORTED_MEDIA_TYPE: the body is not application/json",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface JsonBody {
    }

    /** 422: well-formed, but contradicts what the server holds (an idempotency key reused for another body). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "422", description = "Unprocessable: e.g. IDEMPOTENCY_KEY_REUSED for a different body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface Unprocessable {
    }

    /** 428: the operation needs the version the caller read, in {@code If-Match}; {@code field} names the header. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "428", description = "PRECONDITION_REQUIRED: If-Match (the ETag of the resource as "
            + "read) is required; `field` names it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface PreconditionRequired {
    }

    /** 429: a rate limit was hit; {@code Retry-After} says when to try again. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "429", description = "TOO_MANY_REQUESTS: too many requests of this kind from this "
            + "caller (for login: on this account from this address, on this account from anywhere, or from this "
            + "address); retry after the Retry-After header's seconds",
            headers = @Header(name = "Retry-After", description = "seconds until the next request may pass",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface TooManyRequests {
    }

    /**
     * 503: the database cannot be reached; nothing was done, so the request may be sent again after the
     * {@code Retry-After} header's seconds.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "503", description = "DATABASE_UNAVAILABLE: the database cannot be reached; nothing "
            + "was done; retry after the Retry-After header's seconds",
            headers = @Header(name = "Retry-After", description = "seconds after which to try again",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface Unavailable {
    }

    /**
     * 503 of an order placement: the database's outage as {@link Unavailable}, or no placement slot of the
     * instance came free in time ({@code PlacementLimit}); either way nothing was done.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "503", description = "DATABASE_UNAVAILABLE: the database cannot be reached; "
            + "PLACEMENT_BUSY: the server is placing as many orders as it may at once and no turn came within its "
            + "wait; either way nothing was done; retry after the Retry-After header's seconds",
            headers = @Header(name = "Retry-After", description = "seconds after which to try again",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface UnavailableOrBusy {
    }
}

package dev.conveyor.adapter.rest.error;

import dev.conveyor.adapter.rest.order.PlacementBusyException;
import dev.conveyor.adapter.rest.security.CsrfTokenInvalidException;
import dev.conveyor.adapter.rest.web.MalformedJsonException;
import dev.conveyor.application.catalog.port.in.AddProductImageUseCase.ImageTooLargeException;
import dev.conveyor.adapter.rest.pricing.PriceBreakdownResponse;
import dev.conveyor.application.ordering.port.in.PriceChangedException;
import dev.conveyor.application.payments.port.in.PaymentGatewayException;
import dev.conveyor.application.shared.LineRejectedException;
import dev.conveyor.application.shared.TooManyRequestsException;
import dev.conveyor.application.shared.UnauthenticatedException;
import dev.conveyor.domain.delivery.InvalidDeliveryTransitionException;
import dev.conveyor.domain.order.InvalidStatusTransitionException;
import dev.conveyor.domain.order.OrderLineConflictException;
import dev.conveyor.domain.pricing.CouponUnavailableException;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.DomainException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.NotFoundException;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import java.time.Duration;
import java.util.Optional;

/**
 * Decides the problem document for any failure: the core's exceptions, the
 * framework's own (routing, binding, body decoding, security) and anything
 * unexpected, which becomes a 500 that reveals nothing of the cause.
 */
final class Problems {

    private static final String MALFORMED_JSON = "MALFORMED_JSON";
    private static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    private static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
    /** What a client waits before retrying while the database is unreachable: about a pool connection timeout. */
    static final long DATABASE_RETRY_AFTER_SECONDS = 5;
    static final String PLACEMENT_BUSY = "PLACEMENT_BUSY";
    /**
     * What a client waits before placing again after waiting its whole turn in vain: the queue it left moves
     * by a few placements per core every tens of milliseconds, so briefly, but not at once.
     */
    static final long PLACEMENT_RETRY_AFTER_SECONDS = 2;
    private static final int MAX_CAUSES = 16;

    private Problems() {
    }

    /**
     * @param cause          what went wrong; null when the framework reports only a status
     * @param fallbackStatus the status the framework chose, kept for client errors this class does not know
     */
    static Problem describe(Throwable cause, HttpStatus fallbackStatus, String correlationId) {
        if (cause instanceof DomainException domain) {
            return domain(domain, correlationId);
        }
        Optional<InvalidInputException> invalidInBody = causeOf(cause, InvalidInputException.class);
        if (invalidInBody.isPresent()) {
            return domain(invalidInBody.get(), correlationId);
        }
        Optional<MalformedJsonException> malformed = causeOf(cause, MalformedJsonException.class);
        if (malformed.isPresent()) {
            MalformedJsonException e = malformed.get();
            String detail = e.path().map(path -> "malformed JSON at " + path + ": ").orElse("malformed JSON: ")
                    + e.getMessage();
            return Problem.of(400, MALFORMED_JSON, detail, correlationId).withField(e.path().orElse(null));
        }
        if (cause instanceof ConversionErrorException conversion) {
            return conversion(conversion, correlationId);
        }
        if (cause instanceof JsonSyntaxException) {
            return Problem.of(400, MALFORMED_JSON, "the request body is not valid JSON", correlationId);
        }
        if (cause instanceof UnsatisfiedBodyRouteException) {
            return Problem.of(400, "MISSING_BODY", "a JSON request body is required", correlationId);
        }
        if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            return missing(unsatisfied.getArgument(), correlationId);
        }
        if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
            return missing(unsatisfied.getArgument(), correlationId);
        }
        if (cause instanceof AuthorizationException authorization) {
            return authorization.isForbidden()
                    ? Problem.of(403, "FORBIDDEN", "your role may not use this operation", correlationId)
                    : Problem.of(401, "UNAUTHENTICATED", "a valid bearer access token is required", correlationId);
        }
        if (cause instanceof CsrfTokenInvalidException) {
            return Problem.of(403, "CSRF_TOKEN_INVALID", cause.getMessage(), correlationId);
        }
        if (cause instanceof AuthenticationException) {
            return Problem.of(401, "UNAUTHENTICATED", "authentication failed", correlationId);
        }
        if (cause instanceof ContentLengthExceededException || cause instanceof BufferLengthExceededException) {
            return Problem.of(413, "PAYLOAD_TOO_LARGE", cause.getMessage(), correlationId);
        }
        if (cause instanceof UnsupportedMediaException) {
            return Problem.of(415, "UNSUPPORTED_MEDIA_TYPE", cause.getMessage(), correlationId);
        }
        if (cause instanceof NotAllowedException) {
            return Problem.of(405, "METHOD_NOT_ALLOWED", cause.getMessage(), correlationId);
        }
        if (cause instanceof io.micronaut.http.server.exceptions.NotFoundException) {
            return Problem.of(404, "NOT_FOUND", "there is nothing at this address", correlationId);
        }
        if (cause instanceof HttpStatusException status) {
            return ofStatus(status.getStatus(), status.getMessage(), correlationId);
        }
        if (cause instanceof PlacementBusyException) {
            return Problem.of(503, PLACEMENT_BUSY, cause.getMessage(), correlationId);
        }
        if (DatabaseOutage.isCause(cause)) {
            return Problem.of(503, DATABASE_UNAVAILABLE,
                    "the database cannot be reached; nothing was done, retry later", correlationId);
        }
        if (fallbackStatus.getCode() < 500) {
            // a framework handler already judged it a client error; its message may describe internals
            return ofStatus(fallbackStatus, fallbackStatus.getReason(), correlationId);
        }
        return Problem.of(500, INTERNAL_ERROR,
                "an unexpected error occurred; quote the correlation id when reporting it", correlationId);
    }

    /** Seconds for the Retry-After header of a 503. */
    static long unavailableRetryAfterSeconds(Problem problem) {
        return PLACEMENT_BUSY.equals(problem.code()) ? PLACEMENT_RETRY_AFTER_SECONDS : DATABASE_RETRY_AFTER_SECONDS;
    }

    /** Seconds for a Retry-After header: whole seconds, rounded up, at least one. */
    static long retryAfterSeconds(TooManyRequestsException e) {
        Duration retryAfter = e.retryAfter() == null ? Duration.ZERO : e.retryAfter();
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static Problem domain(DomainException e, String correlationId) {
        Problem problem = Problem.of(statusOf(e), e.code(), e.getMessage(), correlationId);
        if (e instanceof InvalidInputException invalid) {
            return problem.withField(invalid.field());
        }
        if (e instanceof InvalidStatusTransitionException transition) {
            return problem.withTransitions(transition.current().name(),
                    transition.allowed().stream().map(Enum::name).toList());
        }
        if (e instanceof InvalidDeliveryTransitionException transition) {
            return problem.withTransitions(transition.current().name(),
                    transition.allowed().stream().map(Enum::name).toList());
        }
        if (e instanceof ImageTooLargeException) {
            return problem.withField("file");
        }
        if (e instanceof PreconditionRequiredException precondition) {
            return problem.withField(precondition.header());
        }
        if (e instanceof OrderLineConflictException line) {
            return problem.withField(line.field());
        }
        if (e instanceof PriceChangedException changed) {
            return problem.withField("expectedTotal").withPrice(PriceBreakdownResponse.of(changed.price()));
        }
        if (e instanceof CouponUnavailableException coupon) {
            return problem.withField(coupon.field());
        }
        if (e instanceof LineRejectedException line) {
            return problem.withField(line.field()).withLine(line.productId(), line.requested(), line.available());
        }
        return problem;
    }

    private static int statusOf(DomainException e) {
        if (e instanceof ImageTooLargeException) {
            return 413;
        }
        if (e instanceof InvalidInputException) {
            return 400;
        }
        if (e instanceof UnauthenticatedException) {
            return 401;
        }
        if (e instanceof ForbiddenException) {
            return 403;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof PreconditionRequiredException) {
            return 428;
        }
        if (e instanceof TooManyRequestsException) {
            return 429;
        }
        if (e instanceof PaymentGatewayException) {
            return 502;
        }
        // UnprocessableException, and any rule violation the core adds later
        return 422;
    }

    private static Problem conversion(ConversionErrorException e, String correlationId) {
        Argument<?> argument = e.getArgument();
        if (argument.getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class)) {
            return Problem.of(400, MALFORMED_JSON, "the request body does not have the expected shape",
                    correlationId);
        }
        String name = argument.getName();
        return Problem.of(400, VALIDATION_FAILED,
                name + " must be a valid " + argument.getType().getSimpleName(), correlationId).withField(name);
    }

    private static Problem missing(Argument<?> argument, String correlationId) {
        String name = argument.getName();
        return Problem.of(400, VALIDATION_FAILED, name + " is required", correlationId).withField(name);
    }

    private static Problem ofStatus(HttpStatus status, String detail, String correlationId) {
        return Problem.of(status.getCode(), status.name(), detail == null ? status.getReason() : detail,
                correlationId);
    }

    /** Our body reader's errors, which the framework wraps when binding the body fails. */
    private static <T extends Throwable> Optional<T> causeOf(Throwable cause, Class<T> type) {
        Throwable t = cause;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            t = t instanceof ConversionErrorException conversion && conversion.getConversionError() != null
                    ? conversion.getConversionError().getCause() : t.getCause();
        }
        return Optional.empty();
    }
}

package dev.conveyor.adapter.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.conveyor.adapter.rest.web.MalformedJsonException;
import dev.conveyor.application.shared.LineRejectedException;
import dev.conveyor.application.shared.TooManyRequestsException;
import dev.conveyor.application.shared.UnauthenticatedException;
import dev.conveyor.application.shared.UnprocessableException;
import dev.conveyor.domain.order.InvalidStatusTransitionException;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.NotFoundException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.ServerAuthentication;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedHeaderRouteException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static Problem describe(Throwable cause) {
        return Problems.describe(cause, HttpStatus.INTERNAL_SERVER_ERROR, "cid-1");
    }

    private static void assertProblem(Problem problem, int status, String code) {
        assertEquals(status, problem.status());
        assertEquals(code, problem.code());
        assertEquals("https://conveyor.dev/problems/" + code.toLowerCase().replace('_', '-'), problem.type());
        assertEquals("cid-1", problem.correlationId());
    }

    @Test
    void invalidInputIs400NamingTheField() {
        Problem problem = describe(new InvalidInputException("shippingAddress.city", "shippingAddress.city is required"));

        assertProblem(problem, 400, "VALIDATION_FAILED");
        assertEquals("shippingAddress.city", problem.field());
        assertEquals("shippingAddress.city is required", problem.detail());
        assertEquals("Validation failed", problem.title());
    }

    @Test
    void theCoresRefusalsGetTheirStatus() {
        assertProblem(describe(new UnauthenticatedException("wrong e-mail or password")), 401, "UNAUTHENTICATED");
        assertProblem(describe(new ForbiddenException("not yours")), 403, "FORBIDDEN");
        assertProblem(describe(new NotFoundException("ORDER_NOT_FOUND", "no such order")), 404, "ORDER_NOT_FOUND");
        assertProblem(describe(new ConflictException("SKU_TAKEN", "taken")), 409, "SKU_TAKEN");
        assertProblem(describe(new ConcurrentModificationException("order", 1)), 409, "CONCURRENT_MODIFICATION");
        assertProblem(describe(new UnprocessableException("IDEMPOTENCY_KEY_REUSED", "other body")), 422,
                "IDEMPOTENCY_KEY_REUSED");
        assertProblem(describe(new TooManyRequestsException("slow down", Duration.ofSeconds(3))), 429,
                "TOO_MANY_REQUESTS");
    }

    @Test
    void aRefusedTransitionListsTheAllowedStatusesInLifeCycleOrder() {
        Problem problem = describe(new InvalidStatusTransitionException(OrderStatus.CONFIRMED, OrderStatus.COMPLETED,
                Set.of(OrderStatus.CANCELLED, OrderStatus.PROCESSING)));

        assertProblem(problem, 409, "INVALID_STATUS_TRANSITION");
        assertEquals("CONFIRMED", problem.currentStatus());
        assertEquals(List.of("PROCESSING", "CANCELLED"), problem.allowedTransitions());
    }

    @Test
    void noAllowedTransitionIsAnEmptyListNotAMissingOne() {
        Problem problem = describe(new InvalidStatusTransitionException(OrderStatus.CANCELLED, OrderStatus.PROCESSING,
                Set.of()));

        assertEquals(List.of(), problem.allowedTransitions());
    }

    @Test
    void aRejectedLineNamesTheProductAndTheQuantities() {
        UUID product = UUID.randomUUID();
        Problem outOfStock = describe(new LineRejectedException("OUT_OF_STOCK", "lines[1].productId", product, 7, 3,
                "only 3 available"));
        Problem unavailable = describe(new LineRejectedException("PRODUCT_UNAVAILABLE", "lines[0].productId",
                product, 2, 0, "no longer sold"));

        assertProblem(outOfStock, 409, "OUT_OF_STOCK");
        assertEquals("lines[1].productId", outOfStock.field());
        assertEquals(product, outOfStock.productId());
        assertEquals(7, outOfStock.requested());
        assertEquals(3, outOfStock.available());
        assertProblem(unavailable, 409, "PRODUCT_UNAVAILABLE");
        assertEquals(0, unavailable.available());
    }

    @Test
    void malformedJsonNamesThePathWhenKnown() {
        Problem located = describe(new ConversionErrorException(Argument.of(Object.class, "body"),
                new MalformedJsonException("lines[0].quantity", "Unable to coerce string to integer")));
        Problem unlocated = describe(new MalformedJsonException(null, "Unexpected end-of-input"));

        assertProblem(located, 400, "MALFORMED_JSON");
        assertEquals("lines[0].quantity", located.field());
        assertEquals("malformed JSON at lines[0].quantity: Unable to coerce string to integer", located.detail());
        assertProblem(unlocated, 400, "MALFORMED_JSON");
        assertNull(unlocated.field());
    }

    @Test
    void aParameterThatDoesNotConvertIs400NamingIt() {
        Argument<UUID> id = Argument.of(UUID.class, "id");
        Problem problem = describe(new ConversionErrorException(id, new IllegalArgumentException("Invalid UUID")));

        assertProblem(problem, 400, "VALIDATION_FAILED");
        assertEquals("id", problem.field());
        assertEquals("id must be a valid UUID", problem.detail());
    }

    @Test
    void missingBodiesAndParametersAre400() {
        assertProblem(describe(new UnsatisfiedBodyRouteException("request", Argument.of(Object.class, "request"))),
                400, "MISSING_BODY");
        Problem header = describe(new UnsatisfiedHeaderRouteException("X-Tenant", Argument.of(String.class, "tenant")));
        assertProblem(header, 400, "VALIDATION_FAILED");
        assertEquals("tenant", header.field());
    }

    @Test
    void securityRejectionsAre401Or403() {
        assertProblem(describe(new AuthorizationException(null)), 401, "UNAUTHENTICATED");
        assertProblem(describe(new AuthorizationException(new ServerAuthentication("u", List.of("CUSTOMER"),
                Map.of()))), 403, "FORBIDDEN");
    }

    @Test
    void theFrameworksHttpFailuresKeepTheirStatus() {
        assertProblem(describe(new ContentLengthExceededException(1024, 2048)), 413, "PAYLOAD_TOO_LARGE");
        assertProblem(describe(new UnsupportedMediaException("text/plain", List.of("application/json"))), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(describe(new NotAllowedException("PUT", java.net.URI.create("/api/x"), Set.of("GET"))), 405,
                "METHOD_NOT_ALLOWED");
        assertProblem(describe(new io.micronaut.http.server.exceptions.NotFoundException()), 404, "NOT_FOUND");
        assertProblem(describe(new HttpStatusException(HttpStatus.NOT_ACCEPTABLE, "no")), 406, "NOT_ACCEPTABLE");
        assertProblem(Problems.describe(null, HttpStatus.BAD_REQUEST, "cid-1"), 400, "BAD_REQUEST");
    }

    @Test
    void anythingElseIs500AndRevealsNothing() {
        Problem problem = describe(new IllegalStateException("connection to db-7.internal refused"));

        assertProblem(problem, 500, "INTERNAL_ERROR");
        assertFalse(problem.detail().contains("db-7"));
        assertNull(problem.field());
    }

    @Test
    void anUnknownClientErrorKeepsTheFrameworksStatusButNotItsMessage() {
        Problem problem = Problems.describe(new IllegalArgumentException("cookie at /tmp/x too big"),
                HttpStatus.BAD_REQUEST, "cid-1");

        assertProblem(problem, 400, "BAD_REQUEST");
        assertFalse(problem.detail().contains("/tmp/x"));
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertEquals(3, Problems.retryAfterSeconds(new TooManyRequestsException("x", Duration.ofMillis(2_001))));
        assertEquals(2, Problems.retryAfterSeconds(new TooManyRequestsException("x", Duration.ofSeconds(2))));
        assertEquals(1, Problems.retryAfterSeconds(new TooManyRequestsException("x", Duration.ofMillis(10))));
        assertEquals(1, Problems.retryAfterSeconds(new TooManyRequestsException("x", Duration.ZERO)));
        assertEquals(1, Problems.retryAfterSeconds(new TooManyRequestsException("x", null)));
    }

    @Test
    void titlesAreReadableCodes() {
        assertEquals("Out of stock", Problem.titleOf("OUT_OF_STOCK"));
        assertEquals("https://conveyor.dev/problems/invalid-status-transition",
                Problem.typeOf("INVALID_STATUS_TRANSITION"));
    }
}

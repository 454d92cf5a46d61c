package dev.conveyor.adapter.rest.error;

import dev.conveyor.adapter.rest.web.CorrelationIds;
import dev.conveyor.application.shared.TooManyRequestsException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every error response as {@code application/problem+json}: Micronaut's
 * own handlers (routing, binding, body size, security rejections) and ours all
 * end here, so clients see one format whatever failed.
 */
@Singleton
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    static final MediaType PROBLEM_JSON = MediaType.of(MediaType.APPLICATION_JSON_PROBLEM);

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        String correlationId = CorrelationIds.of(request);
        Throwable cause = context.getRootCause().orElse(null);
        Problem problem = Problems.describe(cause, response.status(), correlationId);
        if (problem.status() == 503) {
            // an outage or a full placement queue, not a bug: reported once per request without the stack
            LOG.warn("{} on {} {} [correlationId={}]: {}", problem.code(), request.getMethodName(), request.getPath(),
                    correlationId, cause == null ? null : cause.getMessage());
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.unavailableRetryAfterSeconds(problem)));
        } else if (problem.status() >= 500) {
            LOG.error("Unexpected error on {} {} [correlationId={}]", request.getMethodName(), request.getPath(),
                    correlationId, cause);
        }
        response.status(problem.status());
        response.getHeaders().set(CorrelationIds.HEADER, correlationId);
        if (cause instanceof TooManyRequestsException tooMany) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.retryAfterSeconds(tooMany)));
        }
        if (problem.status() == 401 && !response.getHeaders().contains(HttpHeaders.WWW_AUTHENTICATE)) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (request.getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Problem>) response;
        }
        return response.body(problem).contentType(PROBLEM_JSON);
    }
}

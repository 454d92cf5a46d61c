package dev.conveyor.adapter.rest.error;

import dev.conveyor.domain.shared.DomainException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ErrorResponseProcessorExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** The core's rule violations; their status and body are decided by {@link Problems}. */
@Singleton
final class DomainExceptionHandler extends ErrorResponseProcessorExceptionHandler<DomainException> {

    DomainExceptionHandler(ErrorResponseProcessor<?> responseProcessor) {
        super(responseProcessor);
    }

    @Override
    protected MutableHttpResponse<?> createResponse(DomainException exception) {
        return HttpResponse.unprocessableEntity();
    }
}

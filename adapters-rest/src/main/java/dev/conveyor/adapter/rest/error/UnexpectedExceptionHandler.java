package dev.conveyor.adapter.rest.error;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ErrorResponseProcessorExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Everything no closer handler claims. Known framework failures still get
 * their proper status from {@link Problems} (a body decoding error thrown from
 * an unexpected place is still a 400); the rest is a logged 500.
 */
@Singleton
final class UnexpectedExceptionHandler extends ErrorResponseProcessorExceptionHandler<Throwable> {

    UnexpectedExceptionHandler(ErrorResponseProcessor<?> responseProcessor) {
        super(responseProcessor);
    }

    @Override
    protected MutableHttpResponse<?> createResponse(Throwable exception) {
        return HttpResponse.serverError();
    }
}

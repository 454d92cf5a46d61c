package dev.conveyor.adapter.rest.web;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.application.limits.port.in.RequestKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The group a route's requests are limited in ({@link RequestLimitsFilter}).
 * A route without it is limited as {@link RequestKind#WRITES} when it changes
 * something (POST, PUT, PATCH, DELETE) and not at all when it reads.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Answers.TooManyRequests
public @interface RateLimited {

    RequestKind value();

    /** The route is limited otherwise (login, by its use case) or verified before any work (signed webhooks). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Exempt {
    }
}

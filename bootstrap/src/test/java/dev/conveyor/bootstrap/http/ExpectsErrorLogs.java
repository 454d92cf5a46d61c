package dev.conveyor.bootstrap.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test (or every test of a class) that makes the server log errors on purpose, which {@link ErrorLogGuard}
 * then lets pass; say why.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface ExpectsErrorLogs {

    /** Why the errors are expected. */
    String value();
}

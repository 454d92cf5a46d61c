package dev.conveyor.adapter.rest.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@link dev.conveyor.application.shared.Actor} parameter of a
 * controller method, bound by {@link ActorArgumentBinder}: the caller, not
 * request input, so it stays out of the OpenAPI document.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(hidden = true)
public @interface CurrentActor {
}

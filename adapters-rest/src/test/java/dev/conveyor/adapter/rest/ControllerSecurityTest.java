package dev.conveyor.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.BeanContext;
import io.micronaut.core.annotation.NonBlocking;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.HttpMethodMapping;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * Each route states who may call it, and none blocks the event loop: it runs on the blocking executor, or it is
 * declared {@link NonBlocking} and answers asynchronously (it hands what may block to that executor itself).
 */
@MicronautTest
class ControllerSecurityTest {

    @Inject
    BeanContext context;

    private List<ExecutableMethod<?, ?>> routes() {
        return context.getBeanDefinitions(Qualifiers.byStereotype(Controller.class)).stream()
                .filter(definition -> definition.getBeanType().getPackageName().startsWith("dev.conveyor"))
                .flatMap(definition -> definition.getExecutableMethods().stream())
                .filter(method -> method.hasStereotype(HttpMethodMapping.class))
                .<ExecutableMethod<?, ?>>map(method -> method)
                .toList();
    }

    @Test
    void everyRouteDeclaresItsRolesAndRunsOnTheBlockingExecutorUnlessItAnswersAsynchronously() {
        List<ExecutableMethod<?, ?>> routes = routes();

        assertEquals(133, routes.size(), "routes found: " + routes);
        for (ExecutableMethod<?, ?> route : routes) {
            assertTrue(route.getAnnotationMetadata().hasDeclaredAnnotation(Secured.class), route + " has no @Secured");
            if (route.hasDeclaredAnnotation(NonBlocking.class)) {
                assertTrue(CompletionStage.class.isAssignableFrom(route.getReturnType().getType()),
                        route + " is @NonBlocking but does not answer with a CompletionStage");
                assertTrue(route.stringValue(ExecuteOn.class).isEmpty(), route + " is @NonBlocking and @ExecuteOn");
            } else {
                assertEquals("blocking", route.stringValue(ExecuteOn.class).orElse(null), route + " runs on the event loop");
            }
        }
        assertEquals(List.of("order"), routes.stream().filter(route -> route.hasDeclaredAnnotation(NonBlocking.class))
                .map(ExecutableMethod::getMethodName).toList(), "the routes that run on the event loop");
    }
}

package dev.conveyor.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.BeanContext;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.HttpMethodMapping;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each route states who may call it, and none blocks the event loop. */
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
    void everyRouteDeclaresItsRolesAndRunsOnTheBlockingExecutor() {
        List<ExecutableMethod<?, ?>> routes = routes();

        assertEquals(133, routes.size(), "routes found: " + routes);
        for (ExecutableMethod<?, ?> route : routes) {
            assertTrue(route.getAnnotationMetadata().hasDeclaredAnnotation(Secured.class), route + " has no @Secured");
            assertEquals("blocking", route.stringValue(ExecuteOn.class).orElse(null), route + " runs on the event loop");
        }
    }
}

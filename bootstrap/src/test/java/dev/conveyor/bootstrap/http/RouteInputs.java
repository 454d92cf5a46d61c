package dev.conveyor.bootstrap.http;

import dev.conveyor.adapter.rest.web.JsonRequest;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every text input of every API route, read from the router the server runs:
 * query parameters, path variables, headers and the string fields of JSON
 * bodies at any depth. A route added later is covered without a change here.
 */
record RouteInputs(String method, String template, Set<String> roles, List<Input> inputs,
                   Optional<Class<?>> body, boolean multipart) {

    enum Where { QUERY, PATH, HEADER, BODY }

    /** @param name the parameter, variable or header name, or the JSON path of a body field */
    record Input(Where where, String name, Class<?> bodyType) {
    }

    static List<RouteInputs> of(Router router) {
        return router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api/"))
                // HEAD routes mirror the GET routes, without a body to name the input in
                .filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .map(RouteInputs::of)
                .toList();
    }

    /** The path with every variable replaced by {@code value}. */
    String path(String value) {
        return template.replaceAll("\\{[^}]+}", value);
    }

    private static RouteInputs of(UriRouteInfo<?, ?> route) {
        List<Input> inputs = new ArrayList<>();
        route.getUriMatchTemplate().getVariableNames().forEach(name -> inputs.add(new Input(Where.PATH, name, null)));
        for (Argument<?> argument : ((MethodBasedRouteInfo<?, ?>) route).getTargetMethod().getArguments()) {
            AnnotationMetadata annotations = argument.getAnnotationMetadata();
            if (annotations.hasAnnotation(Body.class) && JsonRequest.class.isAssignableFrom(argument.getType())) {
                bodyFields(argument.getType(), "", inputs, argument.getType());
            } else if (annotations.hasAnnotation(RequestBean.class)) {
                queryBean(argument.getType(), inputs);
            } else if (annotations.hasAnnotation(QueryValue.class)) {
                inputs.add(new Input(Where.QUERY, name(annotations, QueryValue.class, argument), null));
            } else if (annotations.hasAnnotation(Header.class)) {
                inputs.add(new Input(Where.HEADER, name(annotations, Header.class, argument), null));
            }
        }
        Set<String> roles = Set.of(route.getAnnotationMetadata().stringValues(Secured.class));
        return new RouteInputs(route.getHttpMethodName(), route.getUriMatchTemplate().toPathString(), roles,
                List.copyOf(inputs), route.getBodyArgument().map(Argument::getType),
                route.getConsumes().stream().anyMatch(type -> type.getName().equals("multipart/form-data")));
    }

    private static String name(AnnotationMetadata annotations, Class<? extends java.lang.annotation.Annotation> type,
                               Argument<?> argument) {
        return annotations.stringValue(type).filter(value -> !value.isBlank()).orElse(argument.getName());
    }

    private static void queryBean(Class<?> type, List<Input> inputs) {
        for (BeanProperty<?, ?> property : BeanIntrospector.SHARED.getIntrospection(type).getBeanProperties()) {
            if (property.hasAnnotation(QueryValue.class)) {
                inputs.add(new Input(Where.QUERY, property.stringValue(QueryValue.class)
                        .filter(value -> !value.isBlank()).orElse(property.getName()), null));
            }
        }
    }

    private static void bodyFields(Class<?> type, String path, List<Input> inputs, Class<?> bodyType) {
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(type);
        if (introspection.isEmpty()) {
            return;
        }
        for (BeanProperty<?, ?> property : introspection.get().getBeanProperties()) {
            String field = path.isEmpty() ? property.getName() : path + "." + property.getName();
            Argument<?> argument = property.asArgument();
            if (CharSequence.class.isAssignableFrom(argument.getType())) {
                inputs.add(new Input(Where.BODY, field, bodyType));
            } else if (Iterable.class.isAssignableFrom(argument.getType())) {
                argument.getFirstTypeVariable().ifPresent(element -> {
                    if (CharSequence.class.isAssignableFrom(element.getType())) {
                        inputs.add(new Input(Where.BODY, field + "[0]", bodyType));
                    } else {
                        bodyFields(element.getType(), field + "[0]", inputs, bodyType);
                    }
                });
            } else {
                bodyFields(argument.getType(), field, inputs, bodyType);
            }
        }
    }
}

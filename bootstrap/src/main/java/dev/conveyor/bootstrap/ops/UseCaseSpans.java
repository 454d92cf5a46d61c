package dev.conveyor.bootstrap.ops;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.tracing.opentelemetry.OpenTelemetryPropagationContext;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Gives every call of a use case (a bean whose type is an in-port of the core: {@code PlaceOrderUseCase},
 * {@code GetOrderQuery}...) a span of its own, between the request's span and the SQL spans it causes. The core
 * is framework-free and its use cases are made by factories, so neither {@code @NewSpan} nor Micronaut's AOP can
 * reach them; a JDK proxy of the in-port, put in the bean's place when it is created, can. Only when an exporter
 * is set (see {@link TracingSwitch}): otherwise the use cases are left as they are, without even the proxy.
 */
@Singleton
@Requires(property = "otel.traces.exporter")
@Requires(property = "otel.traces.exporter", notEquals = "none")
public class UseCaseSpans implements BeanCreatedEventListener<Object> {

    static final String IN_PORTS = "dev.conveyor.application.";
    static final String IN_PORT_PACKAGE = ".port.in";

    /** Looked up when the first use case is made: this listener hears of OpenTelemetry's own beans too. */
    private final BeanProvider<OpenTelemetry> openTelemetry;

    UseCaseSpans(BeanProvider<OpenTelemetry> openTelemetry) {
        this.openTelemetry = openTelemetry;
    }

    @Override
    public Object onCreated(BeanCreatedEvent<Object> event) {
        Class<?> type = event.getBeanDefinition().getBeanType();
        if (!isInPort(type)) {
            return event.getBean();
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new Traced(openTelemetry.get().getTracer("dev.conveyor.use-cases"), type.getSimpleName(), event.getBean()));
    }

    static boolean isInPort(Class<?> type) {
        return type.isInterface() && type.getPackageName().startsWith(IN_PORTS)
                && type.getPackageName().endsWith(IN_PORT_PACKAGE);
    }

    /** Calls the use case inside its span, made current so that the SQL of the call nests under it. */
    private record Traced(Tracer tracer, String useCase, Object target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, arguments);
            }
            Span span = tracer.spanBuilder(useCase + "." + method.getName()).setSpanKind(SpanKind.INTERNAL)
                    .setAttribute("code.namespace", method.getDeclaringClass().getName())
                    .setAttribute("code.function", method.getName())
                    .startSpan();
            // current in Micronaut's propagated context, not only in OpenTelemetry's: Micronaut Data propagates
            // that context again around each statement, which would bring back the request's span as the parent
            Context context = Context.current().with(span);
            try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty()
                    .plus(new OpenTelemetryPropagationContext(context)).propagate()) {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                span.recordException(cause);
                span.setStatus(StatusCode.ERROR, cause.getClass().getSimpleName());
                throw cause;
            } finally {
                span.end();
            }
        }
    }
}

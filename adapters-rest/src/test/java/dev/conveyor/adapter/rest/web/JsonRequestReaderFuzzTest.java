package dev.conveyor.adapter.rest.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.testsupport.HostileJson;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospectionReference;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.simple.SimpleHttpHeaders;
import io.micronaut.serde.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile JSON ({@link HostileJson}) read as every request DTO: the reader
 * gives a value or refuses with one of the two errors the API answers 400 for
 * (a malformed or mistyped document, a text it does not accept), and nothing
 * else. jqwik.tries.default (junit-platform.properties) bounds the run; the
 * HTTP-level fuzz is bootstrap's HostileBodiesFuzzTest.
 */
class JsonRequestReaderFuzzTest {

    private static final List<Class<?>> TYPES = BeanIntrospector.SHARED
            .findIntrospections(reference -> JsonRequest.class.isAssignableFrom(reference.getBeanType())).stream()
            .<Class<?>>map(BeanIntrospection::getBeanType).toList();
    private static final List<String> NAMES = names();

    private final JsonRequestReader<Object> reader = new JsonRequestReader<>(ObjectMapper.getDefault());

    @Property
    void aBodyIsReadOrRefusedAsABadRequest(@ForAll("types") Class<?> type, @ForAll("bodies") String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            reader.read(asObject(type), MediaType.APPLICATION_JSON_TYPE,
                    new SimpleHttpHeaders(ConversionService.SHARED), new ByteArrayInputStream(bytes));
        } catch (MalformedJsonException | InvalidInputException refused) {
            // answered 400
        }
    }

    @Provide
    Arbitrary<Class<?>> types() {
        assertTrue(TYPES.size() > 15, () -> "only " + TYPES);
        return Arbitraries.of(TYPES);
    }

    @Provide
    Arbitrary<String> bodies() {
        return HostileJson.bodies(NAMES);
    }

    @SuppressWarnings("unchecked")
    private static Argument<Object> asObject(Class<?> type) {
        return (Argument<Object>) Argument.of(type);
    }

    private static List<String> names() {
        Set<String> names = new TreeSet<>();
        BeanIntrospector.SHARED.findIntrospections((BeanIntrospectionReference<?> reference) -> true).stream()
                .filter(introspection -> introspection.getBeanType().getPackageName().startsWith("dev.conveyor"))
                .flatMap(introspection -> introspection.getBeanProperties().stream())
                .map(BeanProperty::getName).forEach(names::add);
        return List.copyOf(names);
    }
}

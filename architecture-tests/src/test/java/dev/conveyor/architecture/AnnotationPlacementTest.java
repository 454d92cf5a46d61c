package dev.conveyor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Each kind of framework endpoint lives in the adapter made for it. The
 * annotations are named as strings so the rules hold even when an adapter's
 * library is not on this module's class path.
 */
@AnalyzeClasses(packages = Conveyor.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class AnnotationPlacementTest {

    @ArchTest
    static final ArchRule CONTROLLERS_LIVE_IN_THE_REST_ADAPTER = classes()
            .that().areMetaAnnotatedWith("io.micronaut.http.annotation.Controller")
            .should().resideInAPackage(Conveyor.adapter("rest"))
            .because("HTTP endpoints, their DTOs and error mapping belong to the REST adapter")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule ENTITIES_LIVE_IN_THE_PERSISTENCE_ADAPTER = classes()
            .that().areMetaAnnotatedWith("io.micronaut.data.annotation.MappedEntity")
            .should().resideInAPackage(Conveyor.adapter("persistence"))
            .because("table mappings belong to the persistence adapter; the domain knows no tables")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule WEBSOCKETS_LIVE_IN_THE_REALTIME_ADAPTER = classes()
            .that().areMetaAnnotatedWith("io.micronaut.websocket.annotation.ServerWebSocket")
            .should().resideInAPackage(Conveyor.adapter("realtime"))
            .because("live event streams, their scoping and fan-out belong to the realtime adapter")
            .allowEmptyShould(false);
}

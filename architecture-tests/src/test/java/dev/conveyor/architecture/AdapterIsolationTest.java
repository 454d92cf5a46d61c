package dev.conveyor.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Adapters are chosen one by one through configuration, so none may rely on
 * another. The slice rule covers adapters added later; the named rules make
 * sure each known adapter package still exists and holds classes.
 */
@AnalyzeClasses(packages = Conveyor.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterIsolationTest {

    private static final String REASON = "adapters are selected independently by configuration "
            + "(conveyor.persistence, conveyor.cache, ...) and meet only through the ports";

    @ArchTest
    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("dev.conveyor.adapter.(*)..")
            .namingSlices("adapter $1")
            .should().notDependOnEachOther()
            .because(REASON)
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule PERSISTENCE_ADAPTER_STANDS_ALONE = standsAlone("persistence");

    @ArchTest
    static final ArchRule INMEMORY_ADAPTER_STANDS_ALONE = standsAlone("inmemory");

    @ArchTest
    static final ArchRule CACHE_ADAPTER_STANDS_ALONE = standsAlone("cache");

    @ArchTest
    static final ArchRule REALTIME_ADAPTER_STANDS_ALONE = standsAlone("realtime");

    @ArchTest
    static final ArchRule REST_ADAPTER_STANDS_ALONE = standsAlone("rest");

    @ArchTest
    static final ArchRule PAYMENTS_ADAPTER_STANDS_ALONE = standsAlone("payments");

    @ArchTest
    static final ArchRule EVENTBUS_ADAPTER_STANDS_ALONE = standsAlone("eventbus");

    @ArchTest
    static final ArchRule MEDIA_ADAPTER_STANDS_ALONE = standsAlone("media");

    private static ArchRule standsAlone(String adapter) {
        String own = Conveyor.adapter(adapter);
        return noClasses()
                .that().resideInAPackage(own)
                .should().dependOnClassesThat(resideInAPackage(Conveyor.ADAPTERS).and(resideOutsideOfPackage(own)))
                .because(REASON)
                .allowEmptyShould(false);
    }
}

package dev.conveyor.architecture;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.conveyor.adapter.cache.archfixture.$CachingArchiveAdapter$Definition$Intercepted;
import dev.conveyor.adapter.cache.archfixture.$CachingArchiveAdapter$Unmarked;
import dev.conveyor.adapter.cache.archfixture.CacheCallingRest;
import dev.conveyor.adapter.cache.archfixture.CacheUsingServices;
import dev.conveyor.adapter.cache.archfixture.CachingArchiveAdapter;
import dev.conveyor.adapter.cache.archfixture.MisplacedEndpoints;
import dev.conveyor.adapter.rest.archfixture.RestEndpoint;
import dev.conveyor.application.archive.archfixture.RoleLessHelper;
import dev.conveyor.application.archive.port.in.archfixture.ApplicationKnowingAnAdapter;
import dev.conveyor.application.archive.port.in.archfixture.ArchiveNowInPlace;
import dev.conveyor.application.archive.port.in.archfixture.ArchiveNowUseCase;
import dev.conveyor.application.archive.port.in.archfixture.ArchiveOrders;
import dev.conveyor.application.archive.port.in.archfixture.AuditedArchiveQuery;
import dev.conveyor.application.archive.port.in.archfixture.Pong;
import dev.conveyor.application.archive.port.out.archfixture.ArchivePort;
import dev.conveyor.application.archive.port.out.archfixture.ArchiveStore;
import dev.conveyor.application.archive.port.out.archfixture.ArchiveStoreImpl;
import dev.conveyor.application.archive.service.archfixture.ArchivePlacingOrders;
import dev.conveyor.application.archive.service.archfixture.ArchiveReachingIntoOrdering;
import dev.conveyor.application.archive.service.archfixture.ArchiveReadingCarts;
import dev.conveyor.application.audit.port.in.archfixture.AuditTrailQuery;
import dev.conveyor.application.shared.archfixture.SharedKnowingAFeature;
import dev.conveyor.domain.archfixture.DomainKnowingTheApplication;
import dev.conveyor.domain.archfixture.JdbcInDomain;
import dev.conveyor.domain.archfixture.MicronautFactoryInDomain;
import dev.conveyor.domain.archfixture.Ping;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shows that the rules are not vacuous: each one, applied to deliberately
 * broken classes (the {@code archfixture} packages of this module's tests),
 * fails and names the offender; and each one fails when it matches nothing.
 */
class RulesCanFailTest {

    private static final Class<?>[] RULE_FAMILIES = {FrameworkFreeCoreTest.class, LayerDependencyTest.class,
            AdapterIsolationTest.class, NamingConventionTest.class, AnnotationPlacementTest.class,
            PackageCycleTest.class, FeatureBoundaryTest.class};

    private static JavaClasses only(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static void assertRejects(ArchRule rule, JavaClasses classes, Class<?> offender, String... details) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(classes));
        String message = failure.getMessage();
        assertFalse(message.contains("failed to check any classes"), message);
        assertTrue(message.contains(offender.getName()), message);
        for (String detail : details) {
            assertTrue(message.contains(detail), message);
        }
    }

    @Test
    void theMainRulesSeeProductionClassesOnly() {
        JavaClasses analysed = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(Conveyor.ROOT);

        assertTrue(analysed.containPackage("dev.conveyor.domain.order"));
        assertTrue(analysed.containPackage("dev.conveyor.application.ordering.service"));
        assertFalse(analysed.stream().anyMatch(c -> c.getPackageName().contains("archfixture")));
        assertFalse(analysed.stream().anyMatch(c -> c.getPackageName().startsWith("dev.conveyor.architecture")));
    }

    @Test
    void theCoreRejectsMicronaut() {
        assertRejects(FrameworkFreeCoreTest.CORE_USES_NO_FRAMEWORK, only(MicronautFactoryInDomain.class),
                MicronautFactoryInDomain.class, "io.micronaut.context.annotation.Factory");
        assertRejects(FrameworkFreeCoreTest.DOMAIN_USES_ONLY_THE_JDK, only(MicronautFactoryInDomain.class),
                MicronautFactoryInDomain.class, "io.micronaut.context.annotation.Factory");
    }

    @Test
    void theCoreRejectsJdbc() {
        assertRejects(FrameworkFreeCoreTest.CORE_USES_NO_FRAMEWORK, only(JdbcInDomain.class), JdbcInDomain.class,
                "java.sql.Connection");
    }

    @Test
    void theDomainMayNotReachTheApplication() {
        assertRejects(LayerDependencyTest.DOMAIN_DEPENDS_ON_NOTHING_ELSE_OF_CONVEYOR,
                only(DomainKnowingTheApplication.class), DomainKnowingTheApplication.class,
                "dev.conveyor.application.shared.Actor");
    }

    @Test
    void theApplicationMayNotReachAnAdapter() {
        JavaClasses classes = only(ApplicationKnowingAnAdapter.class, RestEndpoint.class);

        assertRejects(LayerDependencyTest.APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN, classes,
                ApplicationKnowingAnAdapter.class, RestEndpoint.class.getName());
        assertRejects(FrameworkFreeCoreTest.APPLICATION_USES_ONLY_THE_JDK_AND_THE_DOMAIN, classes,
                ApplicationKnowingAnAdapter.class, RestEndpoint.class.getName());
    }

    @Test
    void adaptersMayNotReachTheServices() {
        JavaClasses classes = only(CacheUsingServices.class);

        assertRejects(LayerDependencyTest.ONLY_BOOTSTRAP_SEES_THE_SERVICES, classes, CacheUsingServices.class,
                "dev.conveyor.application.ordering.service.OrderingServices");
        assertRejects(LayerDependencyTest.ADAPTERS_SEE_ONLY_PORTS_SHARED_VOCABULARY_AND_DOMAIN, classes,
                CacheUsingServices.class, "dev.conveyor.application.ordering.service.OrderingServices");
    }

    @Test
    void aFeatureMayNotReachAnotherFeaturesServicesOrOwnOutPorts() {
        JavaClasses classes = only(ArchiveReachingIntoOrdering.class, ArchiveReadingCarts.class);

        assertRejects(FeatureBoundaryTest.FEATURES_MEET_ONLY_THROUGH_IN_PORTS, classes,
                ArchiveReachingIntoOrdering.class, "dev.conveyor.application.ordering.service.OrderingServices");
        assertRejects(FeatureBoundaryTest.FEATURES_MEET_ONLY_THROUGH_IN_PORTS, classes,
                ArchiveReadingCarts.class, "dev.conveyor.application.cart.port.out.CartRepositoryPort");
    }

    @Test
    void aFeatureMayUseAnotherFeaturesInPortsAndWhatIsShared() {
        assertDoesNotThrow(() -> FeatureBoundaryTest.FEATURES_MEET_ONLY_THROUGH_IN_PORTS.check(
                only(ArchivePlacingOrders.class)));
    }

    @Test
    void theSharedPackageMayNotKnowAFeature() {
        assertRejects(FeatureBoundaryTest.THE_SHARED_PACKAGE_KNOWS_NO_FEATURE, only(SharedKnowingAFeature.class),
                SharedKnowingAFeature.class, "dev.conveyor.application.ordering.port.in.PlaceOrderUseCase");
    }

    @Test
    void featuresMustNotFormCycles() {
        assertRejects(PackageCycleTest.AREAS_ARE_FREE_OF_CYCLES,
                only(AuditedArchiveQuery.class, AuditTrailQuery.class), AuditedArchiveQuery.class,
                AuditTrailQuery.class.getName());
    }

    @Test
    void everyApplicationClassHasARole() {
        assertRejects(NamingConventionTest.APPLICATION_CLASSES_HAVE_A_ROLE,
                only(RoleLessHelper.class, ArchiveNowUseCase.class), RoleLessHelper.class);
    }

    @Test
    void useCasesAreImplementedByServices() {
        assertRejects(NamingConventionTest.USE_CASES_ARE_IMPLEMENTED_BY_SERVICES,
                only(ArchiveNowInPlace.class, ArchiveNowUseCase.class), ArchiveNowInPlace.class);
    }

    @Test
    void adaptersMayNotDependOnEachOther() {
        JavaClasses classes = only(CacheCallingRest.class, RestEndpoint.class);

        assertRejects(AdapterIsolationTest.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, classes, CacheCallingRest.class,
                RestEndpoint.class.getName());
        assertRejects(AdapterIsolationTest.CACHE_ADAPTER_STANDS_ALONE, classes, CacheCallingRest.class,
                RestEndpoint.class.getName());
    }

    @Test
    void inPortsMustBeNamedAsOperations() {
        assertRejects(NamingConventionTest.IN_PORTS_ARE_USE_CASES_OR_QUERIES, only(ArchiveOrders.class, Pong.class),
                ArchiveOrders.class);
    }

    @Test
    void outPortsMustEndInPort() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> NamingConventionTest.OUT_PORTS_END_IN_PORT.check(only(ArchiveStore.class, ArchivePort.class,
                        ArchivePort.Receipt.class)));

        assertTrue(failure.getMessage().contains(ArchiveStore.class.getName()), failure.getMessage());
        assertFalse(failure.getMessage().contains("Receipt"), failure.getMessage());
    }

    @Test
    void portImplementationsMustBeAdaptersInAnAdapterPackage() {
        assertRejects(NamingConventionTest.PORT_IMPLEMENTATIONS_ARE_ADAPTERS,
                only(ArchiveStoreImpl.class, ArchivePort.class), ArchiveStoreImpl.class, "Adapter",
                "dev.conveyor.adapter..");
    }

    @Test
    void aWellNamedAdapterAndTheSubclassesMicronautGeneratesForItPass() {
        JavaClasses classes = only(ArchivePort.class, CachingArchiveAdapter.class,
                $CachingArchiveAdapter$Definition$Intercepted.class, $CachingArchiveAdapter$Unmarked.class);

        assertDoesNotThrow(() -> NamingConventionTest.PORT_IMPLEMENTATIONS_ARE_ADAPTERS.check(classes));
    }

    @Test
    void frameworkEndpointsMustLiveInTheirAdapter() {
        JavaClasses classes = only(MisplacedEndpoints.CacheController.class, MisplacedEndpoints.CacheEntity.class,
                MisplacedEndpoints.CacheSocket.class);

        assertRejects(AnnotationPlacementTest.CONTROLLERS_LIVE_IN_THE_REST_ADAPTER, classes,
                MisplacedEndpoints.CacheController.class);
        assertRejects(AnnotationPlacementTest.ENTITIES_LIVE_IN_THE_PERSISTENCE_ADAPTER, classes,
                MisplacedEndpoints.CacheEntity.class);
        assertRejects(AnnotationPlacementTest.WEBSOCKETS_LIVE_IN_THE_REALTIME_ADAPTER, classes,
                MisplacedEndpoints.CacheSocket.class);
    }

    @Test
    void areasMustNotFormCycles() {
        assertRejects(PackageCycleTest.AREAS_ARE_FREE_OF_CYCLES, only(Ping.class, Pong.class), Ping.class,
                Pong.class.getName());
    }

    @Test
    void aRuleWhoseThatClauseMatchesNothingFails() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> AnnotationPlacementTest.CONTROLLERS_LIVE_IN_THE_REST_ADAPTER.check(
                        only(JdbcInDomain.class, RestEndpoint.class)));

        assertTrue(failure.getMessage().contains("failed to check any classes"), failure.getMessage());
    }

    @Test
    void failOnEmptyShouldIsSwitchedOnForTheWholeModule() {
        assertEquals("true", ArchConfiguration.get().getPropertyOrDefault("archRule.failOnEmptyShould", "unset"));
    }

    static Stream<Arguments> everyRule() {
        return Arrays.stream(RULE_FAMILIES)
                .flatMap(family -> Arrays.stream(family.getDeclaredFields()))
                .filter(field -> field.isAnnotationPresent(ArchTest.class))
                .map(field -> Arguments.of(field.getDeclaringClass().getSimpleName() + "." + field.getName(),
                        rule(field)));
    }

    private static ArchRule rule(Field field) {
        assertTrue(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()),
                field + " must be a constant");
        try {
            field.setAccessible(true);
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRule")
    void everyRuleFailsWhenThereIsNothingToCheck(String name, ArchRule rule) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(only()));

        assertTrue(failure.getMessage().contains("failed to check any classes"), failure.getMessage());
    }

    @Test
    void everyRuleSaysWhy() {
        everyRule().forEach(arguments -> {
            ArchRule rule = (ArchRule) arguments.get()[1];
            assertTrue(rule.getDescription().contains(", because "), arguments.get()[0] + ": " + rule);
        });
    }
}

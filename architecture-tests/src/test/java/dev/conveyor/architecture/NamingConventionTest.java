package dev.conveyor.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Names say which side of the hexagon a type is on. */
@AnalyzeClasses(packages = Conveyor.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class NamingConventionTest {

    private static final DescribedPredicate<JavaClass> A_PORT = INTERFACES
            .and(simpleNameEndingWith("Port"))
            .and(resideInAPackage(Conveyor.ALL))
            .as("a *Port interface of Conveyor");

    @ArchTest
    static final ArchRule IN_PORTS_ARE_USE_CASES_OR_QUERIES = classes()
            .that().resideInAPackage(Conveyor.PORT_IN)
            .and().areInterfaces()
            .should().haveSimpleNameEndingWith("UseCase")
            .orShould().haveSimpleNameEndingWith("Query")
            .because("an in-port is one operation (PlaceOrderUseCase, GetOrderQuery); the commands, views "
                    + "and keys beside it are records")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule OUT_PORTS_END_IN_PORT = classes()
            .that().resideInAPackage(Conveyor.PORT_OUT)
            .and().areInterfaces()
            .and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("Port")
            .because("out-ports are what adapters implement, and their name says so; types nested in a port "
                    + "are part of its vocabulary")
            .allowEmptyShould(false);

    private static final DescribedPredicate<JavaClass> AN_IN_PORT = INTERFACES
            .and(resideInAPackage(Conveyor.PORT_IN))
            .and(simpleNameEndingWith("UseCase").or(simpleNameEndingWith("Query")))
            .as("an in-port of Conveyor");

    @ArchTest
    static final ArchRule APPLICATION_CLASSES_HAVE_A_ROLE = classes()
            .that().resideInAPackage(Conveyor.APPLICATION)
            .should().resideInAnyPackage(Conveyor.PORT_IN, Conveyor.PORT_OUT, Conveyor.SERVICE,
                    Conveyor.SHARED_VOCABULARY)
            .because("inside a feature the package says what a class is: port.in (use cases, commands, views), "
                    + "port.out (what the feature needs) or service (how it is done)")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule USE_CASES_ARE_IMPLEMENTED_BY_SERVICES = classes()
            .that(implement(AN_IN_PORT))
            .and(not(Conveyor.GENERATED))
            .should().resideInAPackage(Conveyor.SERVICE)
            .because("a use case is implemented once, by a service of its feature that bootstrap assembles")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule PORT_IMPLEMENTATIONS_ARE_ADAPTERS = classes()
            .that(implement(A_PORT))
            .and(not(Conveyor.GENERATED))
            .should().haveSimpleNameEndingWith("Adapter")
            .andShould().resideInAPackage(Conveyor.ADAPTERS)
            .because("a port is implemented by an *Adapter in an adapter module, chosen by configuration")
            .allowEmptyShould(false);
}

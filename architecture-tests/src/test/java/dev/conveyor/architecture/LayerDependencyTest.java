package dev.conveyor.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point inwards: adapters and bootstrap to the application, the application to the domain. */
@AnalyzeClasses(packages = Conveyor.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class LayerDependencyTest {

    @ArchTest
    static final ArchRule DOMAIN_DEPENDS_ON_NOTHING_ELSE_OF_CONVEYOR = noClasses()
            .that().resideInAPackage(Conveyor.DOMAIN)
            .should().dependOnClassesThat(resideInAPackage(Conveyor.ALL).and(resideOutsideOfPackages(Conveyor.DOMAIN)))
            .because("the domain is the centre of the hexagon and knows no use case, port or adapter")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN = noClasses()
            .that().resideInAPackage(Conveyor.APPLICATION)
            .should().dependOnClassesThat(resideInAPackage(Conveyor.ALL)
                    .and(resideOutsideOfPackages(Conveyor.DOMAIN, Conveyor.APPLICATION)))
            .because("the application reaches adapters only through its out-ports")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule ONLY_BOOTSTRAP_SEES_THE_SERVICES = noClasses()
            .that().resideOutsideOfPackages(Conveyor.SERVICE, Conveyor.BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(Conveyor.SERVICE)
            .because("callers use the in-ports; only bootstrap assembles the services behind them")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule ADAPTERS_SEE_ONLY_PORTS_SHARED_VOCABULARY_AND_DOMAIN = noClasses()
            .that().resideInAPackage(Conveyor.ADAPTERS)
            .should().dependOnClassesThat(resideInAPackage(Conveyor.ALL).and(resideOutsideOfPackages(
                    Conveyor.PORT_IN, Conveyor.PORT_OUT, Conveyor.SHARED_VOCABULARY, Conveyor.DOMAIN,
                    Conveyor.ADAPTERS)))
            .because("adapters plug into the ports; services and bootstrap stay out of their reach")
            .allowEmptyShould(false);
}

package dev.conveyor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is plain Java: the framework wires it from the outside. */
@AnalyzeClasses(packages = Conveyor.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class FrameworkFreeCoreTest {

    @ArchTest
    static final ArchRule CORE_USES_NO_FRAMEWORK = noClasses()
            .that().resideInAnyPackage(Conveyor.DOMAIN, Conveyor.APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(Conveyor.FRAMEWORKS)
            .because("domain and application are wired by a @Factory in bootstrap and carry no framework "
                    + "annotations, so they compile, test and evolve without Micronaut, JDBC, Redis or Jackson")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule DOMAIN_USES_ONLY_THE_JDK = classes()
            .that().resideInAPackage(Conveyor.DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", Conveyor.DOMAIN)
            .because("the domain module may depend on the JDK only (DESIGN.md §1)")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule APPLICATION_USES_ONLY_THE_JDK_AND_THE_DOMAIN = classes()
            .that().resideInAPackage(Conveyor.APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", Conveyor.DOMAIN, Conveyor.APPLICATION)
            .because("the application module may depend on the domain only (DESIGN.md §1); every library "
                    + "sits behind an out-port implemented by an adapter")
            .allowEmptyShould(false);
}

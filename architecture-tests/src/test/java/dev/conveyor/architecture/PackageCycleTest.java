package dev.conveyor.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = Conveyor.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCycleTest {

    @ArchTest
    static final ArchRule AREAS_ARE_FREE_OF_CYCLES = slices()
            .assignedFrom(new ConveyorAreas())
            .should().beFreeOfCycles()
            .because("a cycle between areas means neither can be understood, tested or replaced without the other")
            .allowEmptyShould(false);
}

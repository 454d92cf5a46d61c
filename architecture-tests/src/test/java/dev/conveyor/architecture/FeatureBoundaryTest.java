package dev.conveyor.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application is grouped by feature (ordering, fulfilment, payments, ...)
 * over one shared package. A feature is read and replaced on its own: others
 * see only its in-ports, never its services or the out-ports it alone needs.
 * Cycles between features are refused by {@link PackageCycleTest}, whose
 * areas are the features.
 */
@AnalyzeClasses(packages = Conveyor.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureBoundaryTest {

    private static final Pattern FEATURE = Pattern.compile("dev\\.conveyor\\.application\\.([^.]+)(\\..*)?");
    private static final Pattern IN_PORT = Pattern.compile("dev\\.conveyor\\.application\\.[^.]+\\.port\\.in(\\..*)?");

    @ArchTest
    static final ArchRule FEATURES_MEET_ONLY_THROUGH_IN_PORTS = classes()
            .that().resideInAPackage(Conveyor.APPLICATION)
            .and().resideOutsideOfPackage(Conveyor.SHARED)
            .should(new ArchCondition<JavaClass>("reach other features only through their in-ports") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = featureOf(origin);
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        String other = featureOf(target);
                        if (other != null && !other.equals(own) && !other.equals(Conveyor.SHARED_NAME)
                                && !IN_PORT.matcher(target.getPackageName()).matches()) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("a feature's services and its own out-ports are its business: another feature uses its "
                    + "in-ports, and what several features need lives in the shared package")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule THE_SHARED_PACKAGE_KNOWS_NO_FEATURE = noClasses()
            .that().resideInAPackage(Conveyor.SHARED)
            .should().dependOnClassesThat(resideInAPackage(Conveyor.APPLICATION)
                    .and(resideOutsideOfPackage(Conveyor.SHARED)))
            .because("every feature builds on the shared package; were it to know a feature, that feature "
                    + "could no longer be understood or replaced without all the others")
            .allowEmptyShould(false);

    private FeatureBoundaryTest() {
    }

    private static String featureOf(JavaClass type) {
        Matcher feature = FEATURE.matcher(type.getPackageName());
        return feature.matches() ? feature.group(1) : null;
    }
}

package dev.conveyor.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts Conveyor into the areas that must not form cycles: each domain
 * package, each feature of the application (and the shared package), each
 * adapter, and bootstrap. Packages inside an area (a feature's port.in,
 * port.out and service; an adapter's packages) may depend on each other
 * freely; that is the area's own business.
 */
final class ConveyorAreas implements SliceAssignment {

    private static final Pattern AREA = Pattern.compile(
            "dev\\.conveyor\\.(domain\\.[^.]+|application\\.[^.]+|adapter\\.[^.]+"
                    + "|bootstrap)(\\..*)?");

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        Matcher area = AREA.matcher(javaClass.getPackageName());
        return area.matches() ? SliceIdentifier.of(area.group(1)) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
        return "Conveyor's areas (domain.*, application.<feature>, adapter.*, bootstrap)";
    }
}

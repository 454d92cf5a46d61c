package dev.conveyor.bootstrap;

import io.micronaut.runtime.Micronaut;
import java.util.Locale;

/** Starts Conveyor. With no settings: H2 file database under ./data, in-process cache, rate limits and fan-out. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .environments(PersistenceEnvironment.extraEnvironments(args))
                .start();
    }

    /**
     * {@code conveyor.persistence=memory} must switch the data source off before
     * the context starts, which a bean condition cannot do; it selects the
     * {@code memory} environment whose configuration does.
     */
    static final class PersistenceEnvironment {

        private PersistenceEnvironment() {
        }

        static String[] extraEnvironments(String[] args) {
            return "memory".equals(persistence(args)) ? new String[] {"memory"} : new String[0];
        }

        private static String persistence(String[] args) {
            for (String arg : args) {
                if (arg.startsWith("--conveyor.persistence=")) {
                    return arg.substring(arg.indexOf('=') + 1).toLowerCase(Locale.ROOT);
                }
            }
            String property = System.getProperty("conveyor.persistence");
            if (property != null) {
                return property.toLowerCase(Locale.ROOT);
            }
            String variable = System.getenv("CONVEYOR_PERSISTENCE");
            return variable == null ? "jdbc" : variable.toLowerCase(Locale.ROOT);
        }
    }
}

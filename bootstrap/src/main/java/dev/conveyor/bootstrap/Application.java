package dev.conveyor.bootstrap;

import dev.conveyor.bootstrap.ops.ConveyorLauncher;
import dev.conveyor.bootstrap.ops.StopSignal;
import java.util.Locale;

/** Starts Conveyor. With no settings: H2 file database under ./data, in-process cache, rate limits and fan-out. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        LogFormat.chooseDefault();
        new ConveyorLauncher().args(args)
                .mainClass(Application.class)
                .banner(false)
                .environments(PersistenceEnvironment.extraEnvironments(args))
                .start()
                .getBean(StopSignal.class).install();
    }

    /**
     * {@code LOG_FORMAT} unset: text for a person at a terminal, JSON lines for a log collector otherwise
     * (containers, services). Set before logback reads logback.xml, i.e. before the first logger exists.
     */
    static final class LogFormat {

        private LogFormat() {
        }

        static void chooseDefault() {
            String chosen = System.getProperty("LOG_FORMAT", System.getenv("LOG_FORMAT"));
            if (chosen == null) {
                chosen = System.console() != null ? "TEXT" : "JSON";
            }
            chosen = chosen.toUpperCase(Locale.ROOT);
            if (!chosen.equals("TEXT") && !chosen.equals("JSON")) {
                // no logger yet: logback would find no appender of that name and drop every line
                System.err.println("Conveyor cannot start: setting LOG_FORMAT has a bad value '" + chosen
                        + "': TEXT or JSON");
                System.exit(1);
            }
            System.setProperty("LOG_FORMAT", chosen);
        }
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

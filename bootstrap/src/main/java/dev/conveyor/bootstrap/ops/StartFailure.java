package dev.conveyor.bootstrap.ops;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.value.PropertyResolver;
import java.net.BindException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the server could not start, in one line that names the cause and the setting to change,
 * instead of the framework's nested stack trace.
 */
public final class StartFailure {

    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final String URL_KEY = "datasources.default.url";
    private static final Pattern PORT_TRIED = Pattern.compile("[*\\]\\w.-]:(\\d+)\\b");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([a-z0-9.\\-]+)(?::[^}]*)?}|property \\[([a-z0-9.\\-]+)]");

    private StartFailure() {
    }

    public static String describe(Throwable failure, PropertyResolver settings) {
        List<Throwable> causes = causes(failure);
        String url = settings.getProperty(URL_KEY, String.class).orElse("");
        return portTaken(causes, settings)
                .or(() -> databaseRefused(causes, url, settings))
                .or(() -> badSetting(causes))
                .orElseGet(() -> "Conveyor cannot start: " + summary(causes.get(causes.size() - 1))
                        + " (set LOG_LEVEL=DEBUG for the stack trace)");
    }

    private static Optional<String> portTaken(List<Throwable> causes, PropertyResolver settings) {
        boolean taken = causes.stream().anyMatch(c -> c instanceof BindException
                || String.valueOf(c.getMessage()).contains("Address already in use"));
        if (!taken) {
            return Optional.empty();
        }
        // the server names the port it tried ("on *:8080"); the settings may be closed by now
        String port = causes.stream().map(c -> PORT_TRIED.matcher(String.valueOf(c.getMessage())))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseGet(() -> settings.getProperty("micronaut.server.port", String.class).orElse("8080"));
        return Optional.of("Conveyor cannot start: port " + port + " is already in use by another process;"
                + " stop that process or choose another port with PORT (or MICRONAUT_SERVER_PORT)");
    }

    private static Optional<String> databaseRefused(List<Throwable> causes, String url, PropertyResolver settings) {
        return causes.stream().filter(SQLException.class::isInstance).map(SQLException.class::cast)
                .map(e -> databaseMessage(e, url, settings)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> databaseMessage(SQLException e, String url, PropertyResolver settings) {
        String database = Settings.database(url);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (url.startsWith("jdbc:h2:") && e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return Optional.of("Conveyor cannot start: the database file of " + database
                    + " is held by another process (another Conveyor started from this folder?);"
                    + " stop it or choose another file with DATASOURCES_DEFAULT_URL");
        }
        if (state.startsWith("28")) {
            String user = settings.getProperty("datasources.default.username", String.class).orElse("");
            return Optional.of("Conveyor cannot start: " + database + " refused the credentials"
                    + (user.isEmpty() ? "" : " of user '" + user + "'") + " (" + firstLine(e) + ");"
                    + " check DATASOURCES_DEFAULT_USERNAME and DATASOURCES_DEFAULT_PASSWORD");
        }
        if (state.startsWith("08") || state.equals("3D000")) {
            return Optional.of("Conveyor cannot start: database " + database + " is unreachable (" + firstLine(e) + ");"
                    + " check that it runs and DATASOURCES_DEFAULT_URL");
        }
        return Optional.empty();
    }

    private static Optional<String> badSetting(List<Throwable> causes) {
        for (Throwable cause : causes) {
            if (cause instanceof SettingsCheck.BadSettingException) {
                return Optional.of("Conveyor cannot start: " + cause.getMessage());
            }
            if (cause instanceof ConversionErrorException conversion) {
                Optional<String> key = causes.stream().map(c -> propertyIn(String.valueOf(c.getMessage())))
                        .flatMap(Optional::stream).findFirst();
                String what = key.map(k -> "setting " + k + " (" + Settings.variable(k) + ")")
                        .orElse("setting for " + conversion.getArgument().getName());
                Object value = conversion.getConversionError().getOriginalValue().orElse("");
                return Optional.of("Conveyor cannot start: " + what + " has a bad value '" + value + "': "
                        + firstLine(conversion.getConversionError().getCause()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> propertyIn(String message) {
        Matcher matcher = PROPERTY.matcher(message.toLowerCase(Locale.ROOT));
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable c = failure; c != null && !causes.contains(c); c = c.getCause()) {
            causes.add(c);
        }
        return causes;
    }

    private static String summary(Throwable cause) {
        return cause.getClass().getSimpleName() + ": " + firstLine(cause);
    }

    private static String firstLine(Throwable cause) {
        String message = String.valueOf(cause.getMessage()).strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }
}

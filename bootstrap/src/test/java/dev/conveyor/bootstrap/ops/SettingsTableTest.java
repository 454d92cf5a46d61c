package dev.conveyor.bootstrap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every environment variable of the README's settings table sets a setting the server reads: a key of
 * application.yml or one the code names, reached by Micronaut's mapping of variables to keys (or by the
 * placeholder that names the variable). A row for a setting that does not exist, or is spelt otherwise, fails.
 */
class SettingsTableTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern BACKTICKED = Pattern.compile("`([A-Z][A-Z0-9_<>]*|_[A-Z0-9_]+)`");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "\\$\\{([a-z][a-z0-9.\\-]*)[:}]|(?:property|name)\\s*=\\s*\"([a-z][a-z0-9\\-]*\\.[a-z0-9.\\-]+)\"");
    /** Read by libraries rather than named in our code or application.yml. */
    private static final Set<String> LIBRARY_KEYS = Set.of("redis.uri");
    /** Read by logback.xml, not by Micronaut: StartUpTest checks them. */
    private static final Set<String> LOGGING = Set.of("LOG_FORMAT", "LOG_LEVEL");

    @Test
    void everyVariableOfTheReadmeTableSetsASettingTheServerReads() throws IOException {
        List<String> variables = tableVariables();
        assertTrue(variables.size() > 30, "the table was read: " + variables);
        Map<String, Object> values = new HashMap<>();
        variables.forEach(variable -> values.put(variable, "readme-" + variable.toLowerCase()));

        try (ApplicationContext context = ApplicationContext.builder()
                .propertySources(PropertySource.of("readme", values, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .build()) {
            Environment environment = context.getEnvironment().start();
            Map<String, String> declared = declaredKeys(environment);
            List<String> unbound = new ArrayList<>();
            for (String variable : variables) {
                List<String> keys = declared.entrySet().stream()
                        .filter(key -> Settings.variable(key.getKey()).equals(variable)
                                || key.getValue().startsWith("${" + variable + ":"))
                        .map(Map.Entry::getKey).toList();
                // a placeholder naming the variable reads the process environment itself, which a test cannot set
                boolean bound = keys.stream().anyMatch(key -> declared.get(key).startsWith("${" + variable + ":")
                        || values.get(variable).equals(environment.getProperty(key, String.class).orElse(null)));
                if (!bound) {
                    unbound.add(variable + " (settings of that name: " + keys + ")");
                }
            }
            assertEquals(List.of(), unbound, "README variables that set nothing");
        }
    }

    /** The first column of the Configuration table, shorthands ({@code _PASSWORD}) and {@code <GROUP>} expanded. */
    private static List<String> tableVariables() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String header = "\n| variable | default | meaning |\n";
        int start = readme.indexOf(header, readme.indexOf("\n## Configuration\n"));
        assertTrue(start > 0, "README.md has a settings table");
        String table = readme.substring(start + header.length(), readme.indexOf("\n\n", start));
        Set<String> variables = new LinkedHashSet<>();
        for (String row : table.split("\n")) {
            if (!row.startsWith("| `")) {
                continue;
            }
            String[] cells = row.split("\\|");
            List<String> groups = tokens(cells[3]).stream().filter(t -> !t.startsWith("CONVEYOR") && !t.startsWith("_"))
                    .toList();
            String previous = null;
            for (String token : tokens(cells[1])) {
                String variable = token.startsWith("_") ? shorthand(previous, token) : token;
                previous = variable;
                if (variable.contains("<GROUP>")) {
                    assertFalse(groups.isEmpty(), "groups of " + variable);
                    groups.forEach(group -> variables.add(variable.replace("<GROUP>", group)));
                } else if (!LOGGING.contains(variable)) {
                    variables.add(variable);
                }
            }
        }
        return List.copyOf(variables);
    }

    private static List<String> tokens(String cell) {
        Matcher matcher = BACKTICKED.matcher(cell);
        List<String> tokens = new ArrayList<>();
        while (matcher.find()) {
            tokens.add(matcher.group(1));
        }
        return tokens;
    }

    /** {@code _PER_ADDRESS} after {@code …_ATTEMPTS_PER_ACCOUNT} replaces from its first word, else the last word. */
    private static String shorthand(String previous, String suffix) {
        String firstWord = suffix.substring(1).split("_")[0];
        int at = previous.lastIndexOf("_" + firstWord + "_");
        if (at < 0 && previous.endsWith("_" + firstWord)) {
            at = previous.length() - firstWord.length() - 1;
        }
        return (at >= 0 ? previous.substring(0, at) : previous.substring(0, previous.lastIndexOf('_'))) + suffix;
    }

    /** application.yml's keys with their declared values, and the keys the code names (value unknown: ""). */
    private static Map<String, String> declaredKeys(Environment environment) throws IOException {
        Map<String, String> keys = new HashMap<>();
        LIBRARY_KEYS.forEach(key -> keys.put(key, ""));
        try (Stream<Path> sources = Files.walk(ROOT)) {
            sources.filter(path -> path.toString().endsWith(".java") && path.toString().contains("/src/main/java/"))
                    .forEach(path -> {
                        Matcher matcher = KEY_IN_CODE.matcher(read(path));
                        while (matcher.find()) {
                            keys.put(matcher.group(1) != null ? matcher.group(1) : matcher.group(2), "");
                        }
                    });
        }
        for (PropertySource source : environment.getPropertySources()) {
            if ("application".equals(source.getName())) {
                for (String key : source) {
                    keys.put(key, String.valueOf(source.get(key)));
                }
            }
        }
        return keys.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

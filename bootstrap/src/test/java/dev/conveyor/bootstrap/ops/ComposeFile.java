package dev.conveyor.bootstrap.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * compose.yaml read as Compose reads it, as far as the image tests need: a service's environment with
 * {@code ${NAME}}, {@code ${NAME:-default}} and {@code ${NAME:?message}} filled in from the given variables.
 */
final class ComposeFile {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?:(:-|:\\?)([^}]*))?}");

    private final Map<String, Object> services;

    private ComposeFile(Map<String, Object> services) {
        this.services = services;
    }

    @SuppressWarnings("unchecked")
    static ComposeFile read(Path file) throws IOException {
        Map<String, Object> document = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
        return new ComposeFile((Map<String, Object>) document.get("services"));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> service(String name) {
        Object service = services.get(name);
        if (service == null) {
            throw new AssertionError("compose.yaml has no service " + name + ": " + services.keySet());
        }
        return (Map<String, Object>) service;
    }

    /** The service's environment (a map in compose.yaml), interpolated. */
    @SuppressWarnings("unchecked")
    Map<String, String> environment(String name, Map<String, String> variables) {
        Map<String, Object> environment = (Map<String, Object>) service(name).get("environment");
        Map<String, String> values = new LinkedHashMap<>();
        environment.forEach((key, value) -> values.put(key, interpolate(String.valueOf(value), variables)));
        return values;
    }

    /** {@code deploy.resources.limits.memory} of the service. */
    @SuppressWarnings("unchecked")
    String memoryLimit(String name) {
        Map<String, Object> deploy = (Map<String, Object>) service(name).get("deploy");
        Map<String, Object> limits = (Map<String, Object>) ((Map<String, Object>) deploy.get("resources")).get("limits");
        return String.valueOf(limits.get("memory"));
    }

    static String interpolate(String value, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String set = variables.get(matcher.group(1));
            String replacement;
            if (set != null && !set.isEmpty()) {
                replacement = set;
            } else if (":-".equals(matcher.group(2))) {
                replacement = matcher.group(3);
            } else {
                throw new AssertionError("compose.yaml needs " + matcher.group(1)
                        + (matcher.group(3) == null ? "" : ": " + matcher.group(3)));
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}

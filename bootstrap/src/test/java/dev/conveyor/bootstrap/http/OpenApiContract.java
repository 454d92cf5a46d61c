package dev.conveyor.bootstrap.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds every exchange of the HTTP tests to the OpenAPI document the build
 * generated: a response the document does not describe (an undeclared status,
 * a null in a non-nullable field, a missing required member) fails the test
 * that provoked it, so the document cannot drift from the server. A request is
 * held to the document when the server accepted it: what the server takes, the
 * document must allow; what it refused may be as broken as the test wanted.
 */
final class OpenApiContract {

    private static final String DOCUMENT = "/META-INF/swagger/conveyor-0.1.yml";
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(document())
            .withLevelResolver(LevelResolver.create()
                    // the server answers every unknown route with 404 problem+json, which the document cannot list
                    .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                    // the validator refuses members a schema does not name; OpenAPI allows them, and so does the
                    // server (it ignores them); what the server answers is still held to the schemas exactly
                    .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    private static final Pattern ENUM_MISS =
            Pattern.compile("Instance value \\(\"([^\"]*)\"\\) not found in enum \\(possible values: \\[(.*)\\]\\)");

    private OpenApiContract() {
    }

    /** @throws AssertionError naming every way the exchange contradicts the document */
    static void check(String method, URI uri, HttpHeaders requestHeaders, byte[] requestBody, int status,
                      HttpHeaders responseHeaders, String responseBody) {
        // 405 says the document has no such operation, which is what the document says too; a CORS preflight
        // (OPTIONS) is the browser's, answered by the server's CORS policy, not an operation of the API
        if (!uri.getRawPath().startsWith("/api/") || status == 405 || method.equals("OPTIONS")
                || refusedByCors(requestHeaders, status, responseBody)) {
            return;
        }
        SimpleRequest request = request(method, uri, requestHeaders, requestBody);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        responseHeaders.map().forEach(response::withHeader);
        boolean stream = responseHeaders.firstValue("Content-Type").orElse("").startsWith("text/event-stream");
        if (responseBody != null && !responseBody.isEmpty() && !stream) {
            response.withBody(responseBody);
        }
        ValidationReport report = stream ? ValidationReport.empty() : VALIDATOR.validateResponse(uri.getRawPath(), Request.Method.valueOf(method),
                response.build());
        if (status >= 200 && status < 300) {
            report = report.merge(VALIDATOR.validateRequest(request));
        }
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> !caseOfAnEnumValue(message))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError(method + " " + uri + " → " + status + " contradicts the OpenAPI document:\n"
                    + errors.stream().map(m -> "  - " + m.getKey() + ": " + m.getMessage())
                    .collect(Collectors.joining("\n")) + "\n  response: " + abbreviate(responseBody));
        }
    }

    /** A foreign page's request that the CORS policy turned away (403, no body) never reached the API. */
    private static boolean refusedByCors(HttpHeaders requestHeaders, int status, String responseBody) {
        return status == 403 && requestHeaders.firstValue("Origin").isPresent()
                && (responseBody == null || responseBody.isEmpty());
    }

    /**
     * Enumerated parameters and members are read case-insensitively ({@code status=shipped}); the document
     * lists each value in its canonical upper case, which OpenAPI cannot qualify.
     */
    private static boolean caseOfAnEnumValue(ValidationReport.Message message) {
        Matcher value = ENUM_MISS.matcher(message.getMessage());
        return message.getKey().endsWith(".schema.enum") && value.find()
                && value.group(2).contains("\"" + value.group(1).toUpperCase(Locale.ROOT) + "\"");
    }

    private static SimpleRequest request(String method, URI uri, HttpHeaders headers, byte[] body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
        headers.map().forEach(request::withHeader);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                request.withQueryParam(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        // a JSON null is how a client sends no body to an operation whose body is optional (logout, refresh,
        // cancel, a whole delivery, a whole refund): the server reads it as absent, and so does the check
        if (body != null && body.length > 0 && !new String(body, StandardCharsets.UTF_8).strip().equals("null")) {
            request.withBody(body);
        }
        return request.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 600 ? String.valueOf(text) : text.substring(0, 600) + "…";
    }

    private static String document() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing: the build generates it from the controllers");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.conveyor.adapter.rest.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Forged tokens, to prove that validation refuses them. */
public final class Jwts {

    private Jwts() {
    }

    /** The same token with one claim changed and the original signature kept. */
    public static String withPayloadTampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"CUSTOMER\"", "\"ADMIN\"").replace("\"SELLER\"", "\"ADMIN\"");
        if (forged.equals(payload)) {
            throw new IllegalArgumentException("no role to promote in " + payload);
        }
        return parts[0] + "." + encode(forged) + "." + parts[2];
    }

    /** The same claims in an unsigned token ({@code alg: none}). */
    public static String unsigned(String token) {
        String[] parts = token.split("\\.");
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

package dev.conveyor.adapter.mail;

import dev.conveyor.application.mail.port.out.LinkSignerPort;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 keyed with {@code conveyor.mail.unsubscribe-secret} (by default the JWT secret, set apart by a
 * prefix so that a signature of one never serves as the other). The same secret on every instance, and across
 * restarts, keeps old links working.
 */
@Singleton
final class HmacLinkSignerAdapter implements LinkSignerPort {

    private final SecretKeySpec key;

    HmacLinkSignerAdapter(@Value("${conveyor.mail.unsubscribe-secret}") String secret) {
        this.key = new SecretKeySpec(("conveyor-mail-links:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public byte[] sign(byte[] subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(subject);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

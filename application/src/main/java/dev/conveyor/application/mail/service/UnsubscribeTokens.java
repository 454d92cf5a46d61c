package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.MailCategory;
import dev.conveyor.application.mail.port.out.LinkSignerPort;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;

/**
 * Unsubscribe links carry who and what, signed (by the {@link LinkSignerPort}, HMAC-SHA256) so that nobody can turn off another person's mail
 * by guessing: {@code base64url("<userId>:<CATEGORY>") "." base64url(mac)}. They do not expire: a mail read
 * months later still has a working link.
 */
final class UnsubscribeTokens {

    private static final int MAX_LENGTH = 200;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final LinkSignerPort signer;

    UnsubscribeTokens(LinkSignerPort signer) {
        this.signer = signer;
    }

    String sign(UserId userId, MailCategory category) {
        byte[] subject = (userId.value() + ":" + category.name()).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(subject) + "." + ENCODER.encodeToString(signer.sign(subject));
    }

    record Subject(UserId userId, MailCategory category) {
    }

    Subject verify(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            throw invalid();
        }
        try {
            byte[] subject = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signer.sign(subject), signature)) {
                throw invalid();
            }
            String[] parts = new String(subject, StandardCharsets.UTF_8).split(":", 2);
            return new Subject(new UserId(UUID.fromString(parts[0])), MailCategory.valueOf(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("token", "this unsubscribe link is not valid; it may have been cut short");
    }
}

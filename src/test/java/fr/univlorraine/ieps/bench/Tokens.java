package fr.univlorraine.ieps.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * Signs bearer tokens (RS256) like the identity provider would, with a key pair made for the run;
 * the app checks them with the public key (%bench.quarkus.oidc.public-key). JDK only: adding
 * smallrye-jwt-build with test scope would take it off the app's runtime classpath.
 */
final class Tokens {

    /** Must match %bench.quarkus.oidc.token.issuer and .audience in application.properties. */
    static final String ISSUER = "ieps-bench";
    static final String AUDIENCE = "admissions-ieps";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER =
            BASE64URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(UTF_8));

    private final KeyPair keys;
    private final long expiresAt;

    Tokens(Duration validity) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        expiresAt = Instant.now().plus(validity).getEpochSecond();
    }

    /** The public key as quarkus.oidc.public-key takes it: X.509 DER, base64, no PEM header. */
    String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** A token of a signed-in candidate, as the app sees them: subject, name and the role candidate. */
    String candidate(String subject, String name) {
        return token(subject, name, "candidate");
    }

    /** A token of a programme head (role head), for the ranking board. */
    String head(String subject, String name) {
        return token(subject, name, "head");
    }

    /** A token of the secretariat (role secretariat), for the exports. */
    String secretariat(String subject, String name) {
        return token(subject, name, "secretariat");
    }

    private String token(String subject, String name, String role) {
        String claims = String.format(Locale.ROOT, "{\"iss\":%s,\"aud\":%s,\"sub\":%s,\"name\":%s,"
                + "\"groups\":[%s],\"iat\":%d,\"exp\":%d}", json(ISSUER), json(AUDIENCE), json(subject),
                json(name), json(role), Instant.now().getEpochSecond(), expiresAt);
        String signed = HEADER + "." + BASE64URL.encodeToString(claims.getBytes(UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signed.getBytes(UTF_8));
            return signed + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(String value) {
        var out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}

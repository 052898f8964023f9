package fr.univlorraine.ieps.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Optional;

/** Keys and cookies of the login sessions and of the forms' CSRF tokens ({@code ieps.security.*}). */
@ConfigMapping(prefix = "ieps.security")
public interface SecurityConfig {

    /** Role given to a signed-in user who holds none of the application's roles. */
    String defaultRole();

    /** Signs the CSRF token of every form (IEPS_CSRF_KEY in production). */
    @Size(min = 32)
    String csrfKey();

    /** Encrypts, together with each session's own cookie, the tokens the server keeps for it (IEPS_SESSION_SECRET). */
    @Size(min = 32)
    String sessionSecret();

    /**
     * The cookie that ties a login session to the browser it was opened in. In production it is named
     * {@code __Host-…}: such a cookie can only be set by this exact host over HTTPS, so a sibling site of the
     * same domain cannot slip its own session into a visitor's browser.
     */
    @Pattern(regexp = "(__Host-)?[A-Za-z0-9_-]+")
    @WithDefault("ieps-session")
    String bindingCookie();

    /** Cookies only over HTTPS (production). */
    @WithDefault("false")
    boolean secureCookies();

    /** How long an ended or expired session stays in the table before it is deleted. */
    @WithDefault("P2D")
    Duration endedSessionsKept();

    /** Origins allowed to post forms besides the public URL (e.g. a second address of the same site). */
    Optional<java.util.List<String>> extraOrigins();
}

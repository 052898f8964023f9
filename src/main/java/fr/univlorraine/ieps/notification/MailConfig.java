package fr.univlorraine.ieps.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox sends ({@code ieps.mail.*}). */
@ConfigMapping(prefix = "ieps.mail")
public interface MailConfig {

    /** How often the job looks for mails to send ("off" in tests, which call {@link MailOutbox#sendDue()}). */
    @WithDefault("10s")
    String sendEvery();

    /** Attempts before a mail is marked failed. */
    @WithDefault("8")
    int attempts();

    /** The wait after the first failure; it doubles after each one. */
    @WithDefault("1m")
    Duration firstRetry();

    /** The longest wait between two attempts. */
    @WithDefault("1h")
    Duration longestRetry();

    /** Mails sent in one pass at the most. */
    @WithDefault("200")
    int batch();

    /** A mail claimed longer ago than this by an instance that never said how it went is marked interrupted. */
    @WithDefault("10m")
    Duration claimTimeout();
}

package fr.univlorraine.ieps.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The invitations of platform candidates ({@code ieps.platform.invitation.*}). */
@ConfigMapping(prefix = "ieps.platform.invitation")
public interface InvitationConfig {

    /** How long the link of an invitation may be used. */
    @WithDefault("P14D")
    Duration validity();
}

package fr.univlorraine.ieps.campaign;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo data of a local run ({@code ieps.demo.*}); never in production. */
@ConfigMapping(prefix = "ieps.demo")
public interface DemoConfig {

    /** A demo campaign open now and a demo team member, on an empty database. */
    boolean enabled();

    /** The demo team member's address: the dev login server's "relecteur", or Keycloak's demo reviewer. */
    @WithDefault("relecteur@example.com")
    String reviewerEmail();
}

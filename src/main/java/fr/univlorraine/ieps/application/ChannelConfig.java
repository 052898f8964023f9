package fr.univlorraine.ieps.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The national platform ({@code ieps.platform.*}) where candidates of some routes apply instead of here. */
@ConfigMapping(prefix = "ieps.platform")
public interface ChannelConfig {

    /** The platform's address, given to the candidates it concerns. */
    @WithDefault("https://www.monmaster.gouv.fr")
    String url();
}

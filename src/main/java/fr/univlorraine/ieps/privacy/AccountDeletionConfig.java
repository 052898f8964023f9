package fr.univlorraine.ieps.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.util.Optional;

/** Where a candidate deletes their login itself, at the login server ({@code ieps.account.*}). */
@ConfigMapping(prefix = "ieps.account")
public interface AccountDeletionConfig {

    /**
     * The page of the login server where a person manages or deletes their login. Unset: the account console of the
     * OIDC realm ({@code quarkus.oidc.auth-server-url} followed by {@code /account}, Keycloak's), when there is one.
     */
    @WithName("delete-url")
    Optional<String> deleteUrl();
}

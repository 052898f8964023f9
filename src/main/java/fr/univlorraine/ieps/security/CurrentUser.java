package fr.univlorraine.ieps.security;

import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person behind the current request, as pages and services need them. */
@Named("user")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    /** The display name, once per request: the layout and the history ask for it on every page. */
    private String displayName;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    /** Stable identifier of the account at the identity provider (OIDC subject). */
    public String subject() {
        return identity.getPrincipal().getName();
    }

    public String email() {
        return claim("email");
    }

    /** A name to greet the person with: their name, else their login, else their e-mail. */
    public String displayName() {
        if (!isLoggedIn()) {
            return null;
        }
        if (displayName == null) {
            displayName = nameFromClaims();
        }
        return displayName;
    }

    private String nameFromClaims() {
        for (String claimName : new String[] {"name", "preferred_username", "email"}) {
            String value = claim(claimName);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return subject();
    }

    /** The person as the history records them, acting in this role. */
    public ActorRef as(Actor role) {
        return new ActorRef(subject(), displayName(), role);
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isCandidate() {
        return has(Roles.CANDIDATE);
    }

    /** A member of the teaching team, a programme head, the secretariat or an administrator. */
    public boolean isStaff() {
        return Roles.STAFF.stream().anyMatch(this::has);
    }

    public boolean isReviewer() {
        return has(Roles.REVIEWER);
    }

    public boolean isHead() {
        return has(Roles.HEAD);
    }

    public boolean isAdmin() {
        return has(Roles.ADMIN);
    }

    /** The university's data protection officer: reads, changes nothing; not staff (no dossier page is theirs). */
    public boolean isDpo() {
        return has(Roles.DPO);
    }

    /** Who may open the data protection pages (the hub, the records of processing): the DPO, and the admin who reads them. */
    public boolean readsPrivacy() {
        return isDpo() || isAdmin();
    }

    /** The secretariat's pages are also the admin's. */
    public boolean isSecretariat() {
        return has(Roles.SECRETARIAT) || has(Roles.ADMIN);
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof OidcJwtCallerPrincipal oidc) {
            // the token's own claims: JsonWebToken.getClaim throws and catches an exception for every name that
            // is not one of the standard claims (such as "name"), on every page
            Object value = oidc.getClaims().getClaimValue(name);
            return value == null ? null : value.toString();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : value.toString();
        }
        return identity.getAttribute(name);
    }
}

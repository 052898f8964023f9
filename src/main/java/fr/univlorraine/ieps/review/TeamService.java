package fr.univlorraine.ieps.review;

import static fr.univlorraine.ieps.application.ResearchTheme.*;

import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.security.CurrentUser;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The teaching team: seeded from the brochure on an empty database, each member linked to a login
 * account the first time someone logs in with the member's e-mail address.
 */
@ApplicationScoped
public class TeamService {

    private static final Logger LOG = Logger.getLogger(TeamService.class);
    static final int DEFAULT_MAX_DOSSIERS = 12;

    private record Seed(String name, String email, ResearchTheme... themes) {
    }

    /** The brochure's team with the themes of its research; addresses follow the university's pattern. */
    private static final List<Seed> BROCHURE = List.of(
            new Seed("Hervé Levilain", "herve.levilain@univ-lorraine.fr", AGEING, ACCESS_TO_RIGHTS, DIGITAL_ALGORITHMS, EDUCATION_PARENTING),
            new Seed("Raymond Magro", "raymond.magro@univ-lorraine.fr"),
            new Seed("Melaine Cervera", "melaine.cervera@univ-lorraine.fr", SOCIAL_ECONOMY, HOUSING_INSERTION, SOCIAL_WORK),
            new Seed("Thibaut Besozzi", "thibaut.besozzi@univ-lorraine.fr", POVERTY, HOUSING_INSERTION),
            new Seed("Camille Brandard", "camille.brandard@univ-lorraine.fr", CHILD_PROTECTION, GENDER_SEXUALITY, SOCIAL_WORK),
            new Seed("Charles Braverman", "charles.braverman@univ-lorraine.fr", ENVIRONMENT_TERRITORIES),
            new Seed("Nicolas Euriat", "nicolas.euriat@univ-lorraine.fr", SOCIAL_WORK, EDUCATION_PARENTING),
            new Seed("Anne Fernandes", "anne.fernandes@univ-lorraine.fr", HEALTH, GENDER_SEXUALITY, AGEING, LOCAL_OBSERVATORIES),
            new Seed("Fabien Hein", "fabien.hein@univ-lorraine.fr", ENVIRONMENT_TERRITORIES),
            new Seed("Rémi Le Gall", "remi.le-gall@univ-lorraine.fr", ACCESS_TO_RIGHTS, HOUSING_INSERTION),
            new Seed("Stéphanie Mélis", "stephanie.melis@univ-lorraine.fr", CHILD_PROTECTION, ACCESS_TO_RIGHTS),
            new Seed("Carola Ortega-Trur", "carola.ortega-trur@univ-lorraine.fr", POVERTY, LOCAL_OBSERVATORIES),
            new Seed("Myriam Winance", "myriam.winance@univ-lorraine.fr", DISABILITY, HEALTH));

    @ConfigProperty(name = "ieps.demo-data")
    boolean demo;

    /** The demo reviewer's address: the dev login server's "relecteur" account, or Keycloak's demo one. */
    @ConfigProperty(name = "ieps.demo-reviewer-email", defaultValue = "relecteur@example.com")
    String demoReviewerEmail;

    @Inject
    CurrentUser user;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (TeamMember.count() > 0) {
            return;
        }
        BROCHURE.forEach(seed -> create(seed.name(), seed.email(), seed.themes()));
        if (demo) {
            create("Rémi Relecteur", demoReviewerEmail, SOCIAL_WORK, POVERTY);
        }
        LOG.infof("Teaching team seeded from the brochure: %d members", TeamMember.count());
    }

    /**
     * The team member behind the current login: found by account, or linked now when the login's
     * e-mail matches a member not yet linked to another account.
     */
    @Transactional
    public Optional<TeamMember> current() {
        if (!user.isLoggedIn()) {
            return Optional.empty();
        }
        Optional<TeamMember> linked = TeamMember.bySubject(user.subject());
        if (linked.isPresent()) {
            return linked.filter(m -> m.active);
        }
        Optional<TeamMember> byEmail = TeamMember.byEmail(user.email()).filter(m -> m.accountSubject == null);
        byEmail.ifPresent(member -> {
            member.accountSubject = user.subject();
            LOG.infof("Team member %d linked to their login account", member.id);
        });
        return byEmail.filter(m -> m.active);
    }

    private static void create(String name, String email, ResearchTheme... themes) {
        var member = new TeamMember();
        member.fullName = name;
        member.email = TeamMember.normalise(email);
        member.maxDossiers = DEFAULT_MAX_DOSSIERS;
        member.themes = themes.length == 0 ? EnumSet.noneOf(ResearchTheme.class) : EnumSet.of(themes[0], themes);
        member.persist();
    }
}

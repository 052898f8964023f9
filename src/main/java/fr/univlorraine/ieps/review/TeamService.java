package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.campaign.DemoConfig;
import static fr.univlorraine.ieps.application.ResearchTheme.*;

import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.application.TeamDirectory;
import fr.univlorraine.ieps.security.CurrentUser;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The teaching team: written from the brochure by the schema (V6) and kept by the admin, each member
 * linked to a login account the first time someone logs in with the member's e-mail address. It is
 * also what the public page shows.
 */
@ApplicationScoped
public class TeamService implements TeamDirectory {

    private static final Logger LOG = Logger.getLogger(TeamService.class);
    static final int DEFAULT_MAX_DOSSIERS = 12;

    @Inject
    DemoConfig demo;

    @Inject
    CurrentUser user;

    /** The demo team member of the demo data (dev mode), once: the brochure's team comes with the schema (V6). */
    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (demo.enabled() && TeamMember.byEmail(demo.reviewerEmail()).isEmpty()) {
            create("Rémi Relecteur", demo.reviewerEmail(), SOCIAL_WORK, POVERTY);
            LOG.infof("Demo team member added: %s", demo.reviewerEmail());
        }
    }

    @Override
    @Transactional
    public List<PublicMember> publicTeam(String lang) {
        boolean english = "en".equals(lang);
        return TeamMember.onPublicPage().stream().map(m -> new PublicMember(m.fullName,
                english ? m.publicTitleEn : m.publicTitleFr, english ? m.publicThemesEn : m.publicThemesFr)).toList();
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

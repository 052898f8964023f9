package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.FormVersion;
import fr.univlorraine.ieps.web.Whole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** The admin's changes to the teaching team: add a member, edit one, deactivate one (never delete: reviews refer to members). */
@ApplicationScoped
public class TeamAdminService {

    private static final Logger LOG = Logger.getLogger(TeamAdminService.class);

    @Inject
    FormCheck check;

    /** One line of the team page: the member and the dossiers they hold in the latest campaign. */
    public record Row(TeamMember member, int load) {
        /** In the order of the enum, as everywhere else on the site. */
        public List<ResearchTheme> themes() {
            return member.themes.stream().sorted().toList();
        }
    }

    /** What a save did: the errors to show (nothing written then), or whether the login account was unlinked. */
    public record Outcome(FormErrors errors, boolean unlinked) {
    }

    /** Every member by name with their load in the campaign (conflicts excluded); no campaign, no load. */
    public List<Row> team(Campaign campaign) {
        Map<Long, Integer> loads = campaign == null ? Map.of() : AssignmentService.loads(campaign.id);
        return TeamMember.listByNameWithThemes().stream().map(m -> new Row(m, loads.getOrDefault(m.id, 0))).toList();
    }

    /** Creates (id null) or updates a member; nothing is written when the form has errors. */
    @Transactional
    public Outcome save(Long id, MemberForm form) {
        TeamMember member = id == null ? null : TeamMember.<TeamMember>findByIdOptional(id).orElseThrow(NotFoundException::new);
        FormErrors errors = check.check(form);
        String email = TeamMember.normalise(form.email());
        if (errors.isEmpty() && TeamMember.byEmail(email).filter(other -> !other.id.equals(id)).isPresent()) {
            errors.add(AdminField.email, AdminError.MEMBER_EMAIL_TAKEN);
        }
        if (errors.any()) {
            return new Outcome(errors, false);
        }
        if (member == null) {
            member = new TeamMember();
        } else if (member.version != FormVersion.parse(form.version(), 0)) {
            throw new OptimisticLockException();
        }
        // The account was linked through the old address: the new address must prove itself at the next login.
        boolean unlinked = member.isLinked() && !email.equals(member.email);
        if (unlinked) {
            member.accountSubject = null;
            LOG.infof("Team member %d unlinked from their login account: e-mail changed", member.id);
        }
        member.fullName = form.fullName();
        member.email = email;
        member.themes.clear();
        member.themes.addAll(form.themeSet());
        member.maxDossiers = Whole.Check.number(form.maxDossiers());
        member.active = form.active();
        member.publicTitleFr = MemberForm.text(form.publicTitleFr());
        member.publicTitleEn = MemberForm.text(form.publicTitleEn());
        member.publicThemesFr = MemberForm.text(form.publicResearchFr());
        member.publicThemesEn = MemberForm.text(form.publicResearchEn());
        member.shownPublicly = form.shownPublicly();
        member.publicPosition = form.position();
        member.persist();
        return new Outcome(errors, unlinked);
    }
}

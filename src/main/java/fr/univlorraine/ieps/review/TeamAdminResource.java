package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.audit.Audited;
import fr.univlorraine.ieps.web.Flashes;
import java.util.EnumSet;
import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.RuleViolation;
import java.util.List;
import java.util.Set;

/** The admin's page of the teaching team: who reviews, with which themes, up to how many dossiers, and their load. */
@Path("/admin/equipe")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class TeamAdminResource {

    static final Set<AdminFlash> FLASHES = EnumSet.of(AdminFlash.added, AdminFlash.saved, AdminFlash.unlinked,
            AdminFlash.reminded);

    @Inject
    TeamAdminService admin;

    @Inject
    AssignmentService assignments;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance team(List<TeamAdminService.Row> rows, Campaign campaign, AdminFlash flash,
                Localizable error);

        /** The add (member null) or edit page of one member. */
        static native TemplateInstance member(TeamMember member, String action, Integer load, Campaign campaign,
                MemberForm form, ResearchTheme[] themes, FormErrors errors);
    }

    @GET
    public TemplateInstance team(@QueryParam("ok") String ok) {
        Campaign campaign = Campaign.latest();
        return Templates.team(admin.team(campaign), campaign, Flashes.of(FLASHES, ok), null);
    }

    /** Invites a member who never signed in to do so, by mail (once a day at most), back at their row. */
    @POST
    @Path("{id}/rappel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remind(@PathParam("id") Long id) {
        try {
            assignments.remind(id);
        } catch (RuleViolation e) {
            Campaign campaign = Campaign.latest();
            return Response.status(409).entity(Templates.team(admin.team(campaign), campaign, null, e.error)).build();
        }
        return Response.seeOther(URI.create("/admin/equipe?ok=" + AdminFlash.reminded + "#membre-" + id)).build();
    }

    @GET
    @Path("nouveau")
    public TemplateInstance newMember() {
        return memberPage(null, MemberForm.blank(), new FormErrors());
    }

    @GET
    @Path("{id}")
    public TemplateInstance member(@PathParam("id") Long id) {
        TeamMember member = TeamMember.byIdWithThemes(id).orElseThrow(NotFoundException::new);
        return memberPage(member, MemberForm.of(member), new FormErrors());
    }

    @Audited(value = AuditAction.TEAM_CHANGED, what = "teaching team")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam MemberForm form) {
        return save(null, form);
    }

    @Audited(value = AuditAction.TEAM_CHANGED, what = "teaching team")
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") Long id, @BeanParam MemberForm form) {
        return save(id, form);
    }

    private Response save(Long id, MemberForm form) {
        TeamAdminService.Outcome outcome = admin.save(id, form);
        if (outcome.errors().any()) {
            TeamMember member = id == null ? null : TeamMember.byIdWithThemes(id).orElseThrow(NotFoundException::new);
            return Response.status(400).entity(memberPage(member, form, outcome.errors())).build();
        }
        AdminFlash flash = id == null ? AdminFlash.added : outcome.unlinked() ? AdminFlash.unlinked : AdminFlash.saved;
        return Response.seeOther(URI.create("/admin/equipe?ok=" + flash)).build();
    }

    private TemplateInstance memberPage(TeamMember member, MemberForm form, FormErrors errors) {
        Campaign campaign = Campaign.latest();
        Integer load = member == null || campaign == null ? null : AssignmentService.loads(campaign.id).getOrDefault(member.id, 0);
        String action = member == null ? "/admin/equipe" : "/admin/equipe/" + member.id;
        return Templates.member(member, action, load, campaign, form, ResearchTheme.values(), errors);
    }
}

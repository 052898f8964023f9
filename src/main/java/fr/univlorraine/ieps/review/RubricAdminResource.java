package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.audit.Audited;
import fr.univlorraine.ieps.web.Flashes;
import java.util.EnumSet;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Ui;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The admin's page of the latest campaign's review settings and rubric (the published examination criteria). */
@Audited(value = AuditAction.SETTINGS_CHANGED, what = "rubric")
@Path("/admin/grille")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class RubricAdminResource {

    static final Set<AdminFlash> FLASHES = EnumSet.of(AdminFlash.settings, AdminFlash.criterion_saved,
            AdminFlash.criterion_added, AdminFlash.criterion_removed, AdminFlash.criterion_moved);
    /** A level descriptor field, level0Fr to level4En; any number is read so that a forged level is caught. */
    private static final Pattern LEVEL_FIELD = Pattern.compile("^level(\\d{1,9})(Fr|En)$");

    @Inject
    RubricAdminService admin;

    @Inject
    Ui ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rubric(Campaign campaign, List<CriterionShare> criteria, int totalWeight,
                boolean locked, SettingsForm settings, FormErrors errors, AdminFlash flash);

        /** The add (criterion null) or edit page of one criterion. */
        static native TemplateInstance criterion(Criterion criterion, String action, CriterionForm form, boolean locked,
                List<Integer> levels, FormErrors errors);
    }

    @GET
    public TemplateInstance page(@QueryParam("ok") String ok) {
        Campaign campaign = Campaign.latest();
        return rubricPage(campaign, campaign == null ? null : SettingsForm.of(campaign, ui.lang()), new FormErrors(),
                Flashes.of(FLASHES, ok));
    }

    @POST
    @Path("reglages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response settings(@BeanParam SettingsForm form) {
        Campaign campaign = campaign();
        FormErrors errors = admin.saveSettings(campaign.id, form);
        if (errors.any()) {
            return Response.status(400).entity(rubricPage(campaign, form, errors, null)).build();
        }
        return done(AdminFlash.settings, "reglages");
    }

    @GET
    @Path("criteres/nouveau")
    public Response newCriterion() {
        Campaign campaign = campaign();
        if (admin.locked(campaign)) {
            // the page explains why nothing can be added any more
            return Response.seeOther(URI.create("/admin/grille#criteres")).build();
        }
        return Response.ok(Templates.criterion(null, "/admin/grille/criteres", CriterionForm.blank(), false,
                CriterionForm.LEVELS, new FormErrors())).build();
    }

    @GET
    @Path("criteres/{id}")
    public TemplateInstance criterion(@PathParam("id") Long id) {
        Campaign campaign = campaign();
        Criterion criterion = ofCampaign(campaign, id);
        return Templates.criterion(criterion, action(id), CriterionForm.of(criterion), admin.locked(campaign),
                CriterionForm.LEVELS, new FormErrors());
    }

    @POST
    @Path("criteres")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam CriterionForm form, MultivaluedMap<String, String> posted) {
        return saveCriterion(null, form, posted);
    }

    @POST
    @Path("criteres/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") Long id, @BeanParam CriterionForm form, MultivaluedMap<String, String> posted) {
        return saveCriterion(id, form, posted);
    }

    @POST
    @Path("criteres/{id}/monter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response up(@PathParam("id") Long id, MultivaluedMap<String, String> csrfOnly) {
        return moved(id, admin.move(campaign().id, id, true));
    }

    @POST
    @Path("criteres/{id}/descendre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response down(@PathParam("id") Long id, MultivaluedMap<String, String> csrfOnly) {
        return moved(id, admin.move(campaign().id, id, false));
    }

    @POST
    @Path("criteres/{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") Long id, MultivaluedMap<String, String> csrfOnly) {
        Campaign campaign = campaign();
        FormErrors errors = admin.remove(campaign.id, id);
        return errors.any() ? refused(campaign, errors) : done(AdminFlash.criterion_removed, "criteres");
    }

    /** The posted names are read too: a level field outside 0–4 is a forged form. */
    private Response saveCriterion(Long id, CriterionForm form, MultivaluedMap<String, String> posted) {
        Campaign campaign = campaign();
        boolean forgedLevel = posted.keySet().stream().map(LEVEL_FIELD::matcher)
                .anyMatch(m -> m.matches() && Integer.parseInt(m.group(1)) > Criterion.MAX_LEVEL);
        FormErrors errors = admin.saveCriterion(campaign.id, id, form, forgedLevel);
        if (errors.has("rubric")) {
            // unknown criterion, forged level or a locked rubric: the rubric page says why
            return refused(campaign, errors);
        }
        if (errors.any()) {
            Criterion criterion = id == null ? null : ofCampaign(campaign, id);
            return Response.status(status(errors)).entity(Templates.criterion(criterion, id == null ? "/admin/grille/criteres"
                    : action(id), form, admin.locked(campaign), CriterionForm.LEVELS, errors)).build();
        }
        return id == null ? done(AdminFlash.criterion_added, "criteres") : done(AdminFlash.criterion_saved, "critere-" + id);
    }

    private Response moved(Long id, FormErrors errors) {
        return errors.any() ? refused(campaign(), errors) : done(AdminFlash.criterion_moved, "critere-" + id);
    }

    private Response refused(Campaign campaign, FormErrors errors) {
        return Response.status(status(errors)).entity(rubricPage(campaign, SettingsForm.of(campaign, ui.lang()), errors, null))
                .build();
    }

    /** A refusal because reviews began is a conflict with the campaign's state; anything else is a bad form. */
    private static int status(FormErrors errors) {
        return errors.contains(RubricAdminService.LOCKED) ? 409 : 400;
    }

    private static Response done(AdminFlash flash, String anchor) {
        return Response.seeOther(URI.create("/admin/grille?ok=" + flash + "#" + anchor)).build();
    }

    private TemplateInstance rubricPage(Campaign campaign, SettingsForm settings, FormErrors errors, AdminFlash flash) {
        List<Criterion> criteria = campaign == null ? List.of() : Criterion.ofCampaign(campaign);
        return Templates.rubric(campaign, CriterionShare.of(criteria), CriterionShare.total(criteria),
                campaign != null && admin.locked(campaign), settings, errors, flash);
    }

    private static String action(Long id) {
        return "/admin/grille/criteres/" + id;
    }

    /** The latest campaign: the rubric being prepared or in use. */
    private static Campaign campaign() {
        Campaign campaign = Campaign.latest();
        if (campaign == null) {
            throw new NotFoundException();
        }
        return campaign;
    }

    private static Criterion ofCampaign(Campaign campaign, Long id) {
        return Criterion.ofCampaign(campaign).stream().filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}

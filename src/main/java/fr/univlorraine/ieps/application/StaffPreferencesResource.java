package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.notification.StaffContact;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;

/** A staff person's mail preferences: which mails they get, at once or in one daily digest, in which language. */
@Path("/equipe/preferences")
@RolesAllowed({Roles.REVIEWER, Roles.HEAD, Roles.SECRETARIAT, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class StaffPreferencesResource {

    private static final List<StaffContact.Rhythm> RHYTHMS = List.of(StaffContact.Rhythm.values());

    @Inject
    StaffPreferences preferences;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(StaffContact contact, long waiting, List<StaffContact.Rhythm> rhythms,
                String rhythm, String lang, FormErrors errors, PreferencesFlash flash);
    }

    @GET
    public TemplateInstance page(@QueryParam("ok") String ok) {
        StaffContact contact = preferences.contact();
        return Templates.preferences(contact, preferences.waiting(contact), RHYTHMS, contact.rhythm.name(), contact.lang,
                new FormErrors(), Flashes.of(EnumSet.allOf(PreferencesFlash.class), ok));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        String rhythm = form.getFirst("rhythm");
        String lang = form.getFirst("lang");
        FormErrors errors = preferences.save(rhythm, lang);
        if (errors.any()) {
            StaffContact contact = preferences.contact();
            return Response.status(400).entity(Templates.preferences(contact, preferences.waiting(contact), RHYTHMS, rhythm,
                    lang, errors, null)).build();
        }
        return Response.seeOther(URI.create("/equipe/preferences?ok=" + PreferencesFlash.prefs_saved)).build();
    }
}

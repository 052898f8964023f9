package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.kernel.ReadOnlyTransaction;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Find anyone: the programme heads, the secretariat and the admin search every dossier by name, e-mail or reference,
 * with filters, in a form whose address can be bookmarked. Reviewers never search: they read only the dossiers given
 * to them, from their queue.
 */
@Path("/recherche")
@RolesAllowed({Roles.HEAD, Roles.SECRETARIAT, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    Ui ui;

    @Inject
    ReadOnlyTransaction reading;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchForm form, FormErrors errors, boolean asked, SearchResults results,
                List<String> tags, Level[] levels, EntryRoute[] routes, List<ApplicationStatus> statuses,
                PieceState[] pieceStates, DecisionFilter[] decisions, Publication[] publications, SearchOrder[] orders);
    }

    /**
     * Read and rendered in one transaction, which only reads: the results, the labels in use and what the layout
     * reads (the unread messages' badge) share one session and one connection instead of each opening its own.
     */
    @GET
    public Response search(@BeanParam SearchForm form) {
        FormErrors errors = new FormErrors();
        SearchForm.Criteria criteria = form.criteria(errors);
        boolean asked = !form.isEmpty() && errors.isEmpty();
        return reading.call(() -> {
            SearchResults results = asked ? search.search(criteria) : SearchResults.none();
            return Response.status(errors.any() ? 400 : 200).entity(ui.render(Templates.search(form, errors, asked,
                    results, DossierTag.labelsInUse(), Level.values(), EntryRoute.values(), SearchForm.STATUSES,
                    PieceState.values(), DecisionFilter.values(), Publication.values(), SearchOrder.values()))).build();
        });
    }
}

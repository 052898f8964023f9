package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.security.SecurityConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;

/** The visible language switch: remembers the choice in a cookie and goes back to the page. */
@Path("/langue")
public class LanguageResource {

    @Inject
    SecurityConfig security;

    @GET
    @Path("/{lang}")
    public Response switchTo(@PathParam("lang") String lang, @QueryParam("retour") String back) {
        if (!Ui.LANGUAGES.contains(lang)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        NewCookie cookie = new NewCookie.Builder(Ui.LANG_COOKIE).value(lang).path("/")
                .maxAge(365 * 24 * 3600).httpOnly(true).secure(security.secureCookies()).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(safeLocalPath(back))).cookie(cookie).build();
    }

    /** Only a path of this site is followed, never another host (no open redirect). */
    static String safeLocalPath(String back) {
        // browsers drop tabs and newlines, so "/\t/host" would become "//host": refuse any such character
        if (back == null || !back.startsWith("/") || back.startsWith("//")
                || back.chars().anyMatch(c -> c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c))) {
            return "/";
        }
        try {
            new URI(back);
            return back;
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}

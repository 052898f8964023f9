package fr.univlorraine.ieps.review;

import static fr.univlorraine.ieps.web.FormCheck.strip;

import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.web.FormOf;
import fr.univlorraine.ieps.web.Whole;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the admin typed for a team member, kept as text (without the spaces around it) so that a wrong value comes
 * back as typed, with what the public page says of them. Never bound onto the entity: the service copies the
 * checked values.
 */
@FormOf(fields = AdminField.class, errors = AdminError.class)
public record MemberForm(
        @RestForm @NotBlank @Size(max = 200) String fullName,
        @RestForm @NotBlank @Size(max = 254) @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "EMAIL") String email,
        @RestForm List<String> memberThemes,
        @RestForm @Whole(min = 0, max = 500, message = "MAX_DOSSIERS") String maxDossiers,
        @RestForm("active") String activeBox,
        @RestForm @Size(max = 300) String publicTitleFr,
        @RestForm @Size(max = 300) String publicTitleEn,
        @RestForm @Size(max = 500) String publicResearchFr,
        @RestForm @Size(max = 500) String publicResearchEn,
        @RestForm("shownPublicly") String shownPubliclyBox,
        @RestForm @Whole(min = 0, max = 999, optional = true, message = "PUBLIC_POSITION") String publicPosition,
        @RestForm String version) {

    public MemberForm {
        fullName = strip(fullName);
        email = strip(email);
        memberThemes = memberThemes == null ? List.of() : List.copyOf(memberThemes);
        publicTitleFr = strip(publicTitleFr);
        publicTitleEn = strip(publicTitleEn);
        publicResearchFr = strip(publicResearchFr);
        publicResearchEn = strip(publicResearchEn);
    }

    /** The form as the member stands, for the edit page. */
    public static MemberForm of(TeamMember m) {
        return new MemberForm(m.fullName, m.email, m.themes.stream().map(Enum::name).toList(), String.valueOf(m.maxDossiers),
                m.active ? "on" : null, m.publicTitleFr, m.publicTitleEn, m.publicThemesFr, m.publicThemesEn,
                m.shownPublicly ? "on" : null, String.valueOf(m.publicPosition), String.valueOf(m.version));
    }

    /** An empty form for a new member: active, with the team's usual maximum. */
    public static MemberForm blank() {
        return new MemberForm("", "", List.of(), String.valueOf(TeamService.DEFAULT_MAX_DOSSIERS), "on", "", "", "", "",
                null, "0", "0");
    }

    /** A box is ticked: a browser sends it only then. */
    public boolean active() {
        return activeBox != null;
    }

    public boolean shownPublicly() {
        return shownPubliclyBox != null;
    }

    public boolean hasTheme(String theme) {
        return memberThemes.contains(theme);
    }

    @AssertTrue(message = "THEME_UNKNOWN")
    public boolean isMemberThemes() {
        return themeSet() != null;
    }

    /** Shown on the public page: under a title in at least one language. */
    @AssertTrue(message = "PUBLIC_TITLE_REQUIRED")
    public boolean isPublicTitleFr() {
        return !shownPublicly() || text(publicTitleFr) != null || text(publicTitleEn) != null;
    }

    /** The themes checked, or null when one of them is not a theme (a forged form). */
    Set<ResearchTheme> themeSet() {
        Set<ResearchTheme> set = EnumSet.noneOf(ResearchTheme.class);
        Arrays.stream(ResearchTheme.values()).filter(t -> memberThemes.contains(t.name())).forEach(set::add);
        return set.size() == new HashSet<>(memberThemes).size() ? set : null;
    }

    /** The position typed; none means the first place (0). */
    int position() {
        Integer position = Whole.Check.number(publicPosition);
        return position == null ? 0 : position;
    }

    /** A text as the page shows it: null when empty. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

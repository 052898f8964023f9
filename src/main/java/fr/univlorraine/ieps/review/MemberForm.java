package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.web.FormErrors;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the admin typed for a team member, kept as text so that a wrong value comes back as typed.
 * Never bound onto the entity: the service copies the checked values.
 */
public record MemberForm(String fullName, String email, List<String> themes, String maxDossiers, boolean active,
        PublicProfile profile, long version) {

    /** What the public page says of the member: title and research in both languages, shown or not, where. */
    public record PublicProfile(String titleFr, String titleEn, String researchFr, String researchEn, boolean shown,
            String position) {

        static PublicProfile of(TeamMember member) {
            return new PublicProfile(member.publicTitleFr, member.publicTitleEn, member.publicThemesFr,
                    member.publicThemesEn, member.shownPublicly, String.valueOf(member.publicPosition));
        }

        static PublicProfile blank() {
            return new PublicProfile("", "", "", "", false, "0");
        }
    }

    static final int MAX_DOSSIERS = 500;
    static final int MAX_POSITION = 999;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public MemberForm {
        themes = themes == null ? List.of() : List.copyOf(themes);
        profile = profile == null ? PublicProfile.blank() : profile;
    }

    /** The form as the member stands, for the edit page. */
    public static MemberForm of(TeamMember member) {
        return new MemberForm(member.fullName, member.email, member.themes.stream().map(Enum::name).toList(),
                String.valueOf(member.maxDossiers), member.active, PublicProfile.of(member), member.version);
    }

    /** An empty form for a new member: active, with the team's usual maximum. */
    public static MemberForm blank() {
        return new MemberForm("", "", List.of(), String.valueOf(TeamService.DEFAULT_MAX_DOSSIERS), true,
                PublicProfile.blank(), 0);
    }

    public boolean hasTheme(String theme) {
        return themes.contains(theme);
    }

    FormErrors validate() {
        var errors = new FormErrors();
        if (blank(fullName)) {
            errors.add("fullName", "err_required");
        } else if (fullName.strip().length() > 200) {
            errors.add("fullName", "err_too_long_200");
        }
        String address = TeamMember.normalise(email);
        if (blank(address)) {
            errors.add("email", "err_required");
        } else if (address.length() > 254) {
            errors.add("email", "err_too_long_254");
        } else if (!EMAIL.matcher(address).matches()) {
            errors.add("email", "err_email");
        }
        if (themeSet() == null) {
            errors.add("memberThemes", "err_theme_unknown");
        }
        Integer max = maxValue();
        if (max == null || max < 0 || max > MAX_DOSSIERS) {
            errors.add("maxDossiers", "err_max_dossiers");
        }
        tooLong(errors, "publicTitleFr", profile.titleFr(), 300, "err_too_long_300");
        tooLong(errors, "publicTitleEn", profile.titleEn(), 300, "err_too_long_300");
        tooLong(errors, "publicResearchFr", profile.researchFr(), 500, "err_too_long_500");
        tooLong(errors, "publicResearchEn", profile.researchEn(), 500, "err_too_long_500");
        Integer position = positionValue();
        if (position == null || position < 0 || position > MAX_POSITION) {
            errors.add("publicPosition", "err_public_position");
        }
        if (profile.shown() && blank(profile.titleFr()) && blank(profile.titleEn())) {
            errors.add("publicTitleFr", "err_public_title_required");
        }
        return errors;
    }

    /** The themes checked, or null when one of them is not a theme (a forged form). */
    Set<ResearchTheme> themeSet() {
        Set<ResearchTheme> set = EnumSet.noneOf(ResearchTheme.class);
        for (String theme : themes) {
            try {
                set.add(ResearchTheme.valueOf(theme));
            } catch (IllegalArgumentException forged) {
                return null;
            }
        }
        return set;
    }

    /** The position typed; none means the first place (0). */
    Integer positionValue() {
        if (blank(profile.position())) {
            return 0;
        }
        try {
            return Integer.valueOf(profile.position().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A text as the page shows it: stripped, null when empty. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void tooLong(FormErrors errors, String field, String value, int max, String key) {
        if (value != null && value.strip().length() > max) {
            errors.add(field, key);
        }
    }

    Integer maxValue() {
        try {
            return Integer.valueOf(maxDossiers == null ? "" : maxDossiers.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

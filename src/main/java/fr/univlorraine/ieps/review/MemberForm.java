package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.web.FieldError;
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
            errors.add(AdminField.fullName, FieldError.REQUIRED);
        } else if (fullName.strip().length() > 200) {
            errors.add(AdminField.fullName, FieldError.TOO_LONG_200);
        }
        String address = TeamMember.normalise(email);
        if (blank(address)) {
            errors.add(AdminField.email, FieldError.REQUIRED);
        } else if (address.length() > 254) {
            errors.add(AdminField.email, FieldError.TOO_LONG_254);
        } else if (!EMAIL.matcher(address).matches()) {
            errors.add(AdminField.email, FieldError.EMAIL);
        }
        if (themeSet() == null) {
            errors.add(AdminField.memberThemes, AdminError.THEME_UNKNOWN);
        }
        Integer max = maxValue();
        if (max == null || max < 0 || max > MAX_DOSSIERS) {
            errors.add(AdminField.maxDossiers, AdminError.MAX_DOSSIERS);
        }
        tooLong(errors, AdminField.publicTitleFr, profile.titleFr(), 300, FieldError.TOO_LONG_300);
        tooLong(errors, AdminField.publicTitleEn, profile.titleEn(), 300, FieldError.TOO_LONG_300);
        tooLong(errors, AdminField.publicResearchFr, profile.researchFr(), 500, FieldError.TOO_LONG_500);
        tooLong(errors, AdminField.publicResearchEn, profile.researchEn(), 500, FieldError.TOO_LONG_500);
        Integer position = positionValue();
        if (position == null || position < 0 || position > MAX_POSITION) {
            errors.add(AdminField.publicPosition, AdminError.PUBLIC_POSITION);
        }
        if (profile.shown() && blank(profile.titleFr()) && blank(profile.titleEn())) {
            errors.add(AdminField.publicTitleFr, AdminError.PUBLIC_TITLE_REQUIRED);
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

    private static void tooLong(FormErrors errors, AdminField field, String value, int max, FieldError error) {
        if (value != null && value.strip().length() > max) {
            errors.add(field, error);
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

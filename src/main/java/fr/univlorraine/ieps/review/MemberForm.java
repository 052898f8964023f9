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
        long version) {

    static final int MAX_DOSSIERS = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public MemberForm {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** The form as the member stands, for the edit page. */
    public static MemberForm of(TeamMember member) {
        return new MemberForm(member.fullName, member.email, member.themes.stream().map(Enum::name).toList(),
                String.valueOf(member.maxDossiers), member.active, member.version);
    }

    /** An empty form for a new member: active, with the team's usual maximum. */
    public static MemberForm blank() {
        return new MemberForm("", "", List.of(), String.valueOf(TeamService.DEFAULT_MAX_DOSSIERS), true, 0);
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

package fr.univlorraine.ieps.web;

import java.util.List;

/**
 * The teaching team as the 2026 brochure presents it. Roles and research themes are translated in
 * the message bundles under team_KEY_role and team_KEY_themes.
 */
public final class TeachingTeam {

    public record Member(String key, String name, boolean themed) {
    }

    public static final List<Member> MEMBERS = List.of(
            new Member("levilain", "Hervé Levilain", true),
            new Member("magro", "Raymond Magro", false),
            new Member("cervera", "Melaine Cervera", true),
            new Member("besozzi", "Thibaut Besozzi", true),
            new Member("brandard", "Camille Brandard", true),
            new Member("braverman", "Charles Braverman", true),
            new Member("euriat", "Nicolas Euriat", true),
            new Member("fernandes", "Anne Fernandes", true),
            new Member("hein", "Fabien Hein", true),
            new Member("issoufou", "Almoustapha Issoufou-Seyni", true),
            new Member("legall", "Rémi Le Gall", true),
            new Member("melis", "Stéphanie Mélis", true),
            new Member("ortega", "Carola Ortega-Trur", true),
            new Member("winance", "Myriam Winance", true),
            new Member("barondeau", "Martine Barondeau", false),
            new Member("mutatayi", "Carine Mutatayi", false),
            new Member("sinigaglia", "Sabrina Sinigaglia-Amadio", false));

    private TeachingTeam() {
    }
}

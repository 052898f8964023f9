package fr.univlorraine.ieps.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.univlorraine.ieps.application.ResearchTheme;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who a replacement reviewer is: the least loaded linked member, a matching theme among equals, never the excluded. */
class AssignmentChoiceTest {

    private static TeamMember member(long id, String name, int max, ResearchTheme... themes) {
        var m = new TeamMember();
        m.id = id;
        m.fullName = name;
        m.maxDossiers = max;
        m.accountSubject = "login-" + id;
        m.themes = themes.length == 0 ? EnumSet.noneOf(ResearchTheme.class) : EnumSet.of(themes[0], themes);
        return m;
    }

    private final TeamMember ageing = member(1, "Anne", 10, ResearchTheme.AGEING);
    private final TeamMember poverty = member(2, "Bruno", 10, ResearchTheme.POVERTY);
    private final TeamMember none = member(3, "Chloé", 10);
    private final List<TeamMember> team = List.of(ageing, poverty, none);

    @Test
    void theLoadComesFirstAndAMatchingThemeBreaksTies() {
        Map<Long, Integer> load = new HashMap<>(Map.of(1L, 2, 2L, 2, 3L, 2));
        assertEquals(ageing, AssignmentService.choose(team, Set.of(ResearchTheme.AGEING), Set.of(), load));
        load.put(1L, 3);
        assertEquals(poverty, AssignmentService.choose(team, Set.of(ResearchTheme.AGEING), Set.of(), load),
                "one dossier more: the balance wins, ties go by name");
    }

    @Test
    void aMemberWhoNeverSignedInIsNeverChosen() {
        Map<Long, Integer> load = new HashMap<>(Map.of(1L, 5, 2L, 5, 3L, 0));
        none.accountSubject = null;
        assertEquals(ageing, AssignmentService.choose(team, Set.of(ResearchTheme.AGEING), Set.of(), load));
    }

    @Test
    void withoutMatchTheLeastLoadedIsChosen() {
        Map<Long, Integer> load = Map.of(1L, 4, 2L, 1, 3L, 2);
        assertEquals(poverty, AssignmentService.choose(team, Set.of(ResearchTheme.GENDER_SEXUALITY), Set.of(), load));
    }

    @Test
    void membersAlreadyOnTheDossierOrInConflictFullOrInactiveAreNeverChosen() {
        Map<Long, Integer> load = new HashMap<>(Map.of(1L, 0, 2L, 10, 3L, 0));
        none.active = false;
        // Anne is taken (already on it, or declared a conflict), Bruno is full, Chloé inactive
        assertNull(AssignmentService.choose(team, Set.of(ResearchTheme.AGEING), Set.of(1L), load));
    }

    @Test
    void automaticAssignmentSpreadsTheLoadEvenly() {
        Map<Long, Integer> load = new HashMap<>();
        for (int dossier = 0; dossier < 30; dossier++) {
            TeamMember chosen = AssignmentService.choose(team, Set.of(), Set.of(), load);
            load.merge(chosen.id, 1, Integer::sum);
        }
        assertEquals(Map.of(1L, 10, 2L, 10, 3L, 10), load);
    }
}

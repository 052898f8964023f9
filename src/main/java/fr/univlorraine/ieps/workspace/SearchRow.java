package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.decision.DecisionKind;
import java.time.Instant;

/**
 * A dossier as the search's results show it, read in the query itself: no entity is loaded for the page. With its
 * heads' decision if there is one (a dossier has one at most): its kind and when it was published.
 */
public record SearchRow(Long id, String reference, String lastName, String firstName, String email, Level level,
        String campaign, EntryRoute route, Boolean vap, ApplicationStatus status, DecisionKind decision,
        Instant publishedAt) {
}

package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.campaign.Level;
import java.util.List;

/**
 * The pieces each level and route asks, for the public "how to apply" page: contributed by the documents feature,
 * which owns the checklist, without the application feature depending on it (as {@link SubmissionCheck}).
 */
public interface PiecesGuide {

    /** One piece as a candidate reads it before starting, in their language. */
    record Piece(String code, String label, String help, String requirementCode, String requirement, String formats,
            int maxSizeMb, String templateUrl) {
    }

    /** What a route of a level asks ({@code routeCode} VAP: what it asks on top of continuing education). */
    record Route(String routeCode, String routeLabel, List<Piece> pieces) {
    }

    record LevelPieces(Level level, List<Route> routes) {
    }

    /** The live checklist, level by level, each route with at least one piece. */
    List<LevelPieces> levels(String lang);
}

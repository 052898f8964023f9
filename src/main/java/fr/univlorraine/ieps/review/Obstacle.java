package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Localizable;

/** What keeps the loads of the team from being even (more than one dossier apart), for the assignment page. */
public record Obstacle(Kind kind, String member, int count) implements Localizable {

    public enum Kind {
        /** The least loaded member has reached their maximum ({@code count}). */
        AT_MAXIMUM,
        /** {@code count} dossiers of the most loaded member can be read by no other member. */
        ONLY_READER,
        /** The least loaded member declared a conflict on {@code count} dossiers. */
        CONFLICTS,
        /** The loads come from assignments made before (by hand, or on the other level), which stay where they are. */
        KEPT
    }

    @Override
    public String text(String lang) {
        ReviewMessages texts = Localizable.bundle(ReviewMessages.class, lang);
        return switch (kind) {
            case AT_MAXIMUM -> texts.obstacle_at_maximum(member, count);
            case ONLY_READER -> texts.obstacle_only_reader(member, count);
            case CONFLICTS -> texts.obstacle_conflicts(member, count);
            case KEPT -> texts.obstacle_kept(member);
        };
    }
}

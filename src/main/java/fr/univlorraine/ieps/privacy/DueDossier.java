package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.campaign.Level;
import java.time.Instant;

/**
 * A dossier a retention rule has reached: what the dry run lists (reference, track, status, rule, due date) and what
 * the purge acts on. A draft never submitted has no reference.
 */
public record DueDossier(Long id, Long campaignId, String campaignCode, String reference, Level level,
        ApplicationStatus status, boolean imported, RetentionRule rule, Instant dueAt) {
}

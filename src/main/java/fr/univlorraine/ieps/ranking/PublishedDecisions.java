package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.kernel.Localizable;
import java.util.Map;

/**
 * The published decisions of a track, for the board once they are out: declared here, implemented by the decisions
 * feature above, which ranking does not know.
 */
public interface PublishedDecisions {

    /** The published decision of each dossier of the track, by application id: ADMIT, WAITLIST or REJECT, localized. */
    Map<Long, Localizable> ofTrack(Long trackId);
}

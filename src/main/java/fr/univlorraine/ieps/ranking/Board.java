package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Paged;
import fr.univlorraine.ieps.review.Criterion;
import java.util.List;

/**
 * A track's ranking board, one page of it: rows in rank order, the rubric's criteria for the breakdown,
 * places left (the line is drawn after that rank), and the counts of flags over the whole track.
 */
public record Board(Track track, List<Criterion> criteria, List<BoardRow> rows, int total, int page, int pages,
        int placesLeft, int ties, int disagreements, int missing) implements Paged {
}

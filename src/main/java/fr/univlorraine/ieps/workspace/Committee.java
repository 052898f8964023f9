package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.ranking.BoardPlace;
import fr.univlorraine.ieps.ranking.RankingService;

/** The committee's page of one dossier: the dossier as the heads read it, and its place on the board with its neighbours. */
public record Committee(DossierView view, BoardPlace place) {

    /** The board's page that shows the dossier, for the way back. */
    public int boardPage() {
        return (place.rank() - 1) / RankingService.PAGE_SIZE + 1;
    }
}

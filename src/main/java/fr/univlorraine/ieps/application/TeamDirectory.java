package fr.univlorraine.ieps.application;

import java.util.List;

/**
 * The teaching team as the public page presents it. The team is kept by the review feature, above this
 * one, which provides this bean; the public page only needs names and texts.
 */
public interface TeamDirectory {

    /** A member on the public page: name, title and research, in the reader's language. */
    record PublicMember(String name, String title, String research) {
    }

    List<PublicMember> publicTeam(String lang);
}

package fr.univlorraine.ieps.web;

import java.util.Set;

/** The confirmation a page shows after a redirect ({@code ?ok=saved}): one of its own, typed, or none. */
public final class Flashes {

    private Flashes() {
    }

    /** The confirmation named by {@code ok} if the page shows it; null for anything else (a typed URL, an old link). */
    public static <E extends Enum<E>> E of(Set<E> shown, String ok) {
        return shown.stream().filter(flash -> flash.name().equals(ok)).findFirst().orElse(null);
    }
}

package fr.univlorraine.ieps.kernel;

/** Who performs an action, as recorded in the history. */
public record ActorRef(String subject, String name, Actor role) {

    /** The name to show, or the subject when the name is unknown. */
    public String shownName() {
        return name == null ? subject : name;
    }
}

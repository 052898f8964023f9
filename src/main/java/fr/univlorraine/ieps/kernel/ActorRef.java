package fr.univlorraine.ieps.kernel;

/** Who performs an action, as recorded in the history. */
public record ActorRef(String subject, String name, Actor role) {
}

package fr.univlorraine.ieps.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hears {@link CandidateReplied} as the staff's mails will: the tests read what it heard. */
@ApplicationScoped
public class RepliesHeard {

    private final List<CandidateReplied> heard = new CopyOnWriteArrayList<>();

    void hear(@Observes CandidateReplied reply) {
        heard.add(reply);
    }

    List<CandidateReplied> of(Long applicationId) {
        return heard.stream().filter(r -> r.applicationId().equals(applicationId)).toList();
    }
}

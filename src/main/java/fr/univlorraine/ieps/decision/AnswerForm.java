package fr.univlorraine.ieps.decision;

import static fr.univlorraine.ieps.web.FormCheck.strip;

import fr.univlorraine.ieps.web.FormOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** The detailed motives of a refusal as the staff typed them in answer to the candidate's request. */
@FormOf(fields = MotiveField.class)
public record AnswerForm(@RestForm @NotBlank @Size(max = MotiveRequest.MAX_ANSWER) String answer,
        @RestForm String version) {

    public AnswerForm {
        answer = strip(answer);
    }
}

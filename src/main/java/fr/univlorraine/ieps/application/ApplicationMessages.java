package fr.univlorraine.ieps.application;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the dossier, as {cand:key}: statuses, entry routes, themes, moves of the state machine, the
 * fields of the application form and their errors, the candidate's confirmations. Files:
 * messages/cand_fr.properties (default) and cand_en.properties. A method taking an enum has no text of its own:
 * Qute writes it from the keys {@code <method>_<CONSTANT>} (or {@code <method>_$<CONSTANT>} when a constant has
 * an underscore) of each file, and a constant without its key fails the build.
 */
@MessageBundle(value = "cand", locale = "fr")
public interface ApplicationMessages {

    String employer_hint();

    String hint_birthDate();

    String hint_email();

    String hint_degreeTitle();

    String hint_degreeGrade();

    String hint_expEndYear();

    String hint_professionalProject();

    String hint_researchProject();

    String hint_themes();

    String hint_employerName();

    String vap_hint();

    /** Continuing education: why the form asks how the training is funded. */
    String funding_hint();

    String hint_fundingOther();

    /** What the VAP file contains, on the dossier form and the how-to-apply page. */
    String vap_contents();

    /** The banner of the last week before the closing: its last minute, and the whole days left. */
    String deadline_last_week(String date, long days);

    /** The banner of the last 24 hours: the time left, rendered by the server. */
    String deadline_last_day(String date, long hours, long minutes);

    /** The banner once closed, on a draft that can no longer be changed or submitted. */
    String deadline_closed(String date);

    /** What the candidate can still do once closed. */
    String deadline_closed_help();

    /** The status of a dossier: keys status_$<CONSTANT>. */
    @Message
    String status(ApplicationStatus status);

    /** What a status means for the candidate, on the status page: keys status_explain_$<CONSTANT>. */
    @Message
    String status_explain(ApplicationStatus status);

    /** An entry route: keys route_<CONSTANT>. */
    @Message
    String route(EntryRoute route);

    /** Who an entry route is for: keys route_hint_<CONSTANT>. */
    @Message
    String route_hint(EntryRoute route);

    /** A research theme: keys theme_$<CONSTANT>. */
    @Message
    String theme(ResearchTheme theme);

    /** A move of the dossier: keys transition_$<CONSTANT>. */
    @Message
    String transition(Transition transition);

    /** The candidate's situation with an employer: keys employer_<CONSTANT>. */
    @Message
    String employer(EmployerStatus status);

    /** Who pays for a continuing education: keys funding_$<CONSTANT>. */
    @Message
    String funding(Funding funding);

    /** Where a dossier came from: keys origin_<CONSTANT>. */
    @Message
    String origin(ApplicationOrigin origin);

    /** What became of an imported dossier on the national platform: keys platformOutcome_<CONSTANT>. */
    @Message
    String platformOutcome(PlatformOutcome outcome);
    /** Before the count of the required pieces given. */
    String pieces_count_label();

    /** "6 / 7 pièces", never broken across lines (non-breaking spaces). */
    String pieces_count(int given, int required);

    String pieces_missing_title();

    /** The confirmation after a redirect (?ok=...): keys flash_<constant>. */
    @Message
    String flash(CandidateFlash flash);

    /** The label of a field of the application form: keys label_<field>. */
    @Message
    String label(ApplicationField field);

    /** What is wrong with the dossier or its form: keys error_$<CONSTANT>. */
    @Message
    String error(ApplicationError error);

    /** A category of personal data, as the privacy page names it: keys data_category_<CONSTANT>. */
    @Message
    String data_category(DataCategory category);

    /** What a category of personal data holds, in a sentence: keys data_category_text_<CONSTANT>. */
    @Message
    String data_category_text(DataCategory category);
}

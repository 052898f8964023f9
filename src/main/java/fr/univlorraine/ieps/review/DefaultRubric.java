package fr.univlorraine.ieps.review;

import java.util.List;

/**
 * The examination criteria a new campaign starts with, drawn from the brochure: admission "sur projet"
 * weighs the professional and research projects first. The admin edits them before reviews begin.
 */
final class DefaultRubric {

    record Seed(int weight, String labelFr, String labelEn, String descriptionFr, String descriptionEn,
            List<String> levelsFr, List<String> levelsEn) {
    }

    static final List<Seed> CRITERIA = List.of(
            new Seed(25, "Cohérence du projet professionnel", "Coherence of the professional project",
                    "Le projet s’inscrit dans le champ des politiques sociales, de la santé ou de l’insertion, et le master en est une étape réaliste.",
                    "The project lies in the field of social policy, health or social inclusion, and the master's is a realistic step towards it.",
                    List.of("Absent ou sans rapport avec la formation", "Vague, lien faible avec le champ",
                            "Identifiable, lien avec le champ à préciser", "Clair et argumenté, bien situé dans le champ",
                            "Précis, réaliste et étayé par le parcours"),
                    List.of("Missing or unrelated to the programme", "Vague, weak link with the field",
                            "Identifiable, link with the field to be clarified", "Clear and argued, well placed in the field",
                            "Precise, realistic and supported by the candidate's path")),
            new Seed(25, "Qualité du projet de recherche", "Quality of the research project",
                    "Une question de recherche sociologique, un terrain envisagé et une première démarche méthodologique.",
                    "A sociological research question, an intended fieldwork and a first methodological approach.",
                    List.of("Absent", "Thème seulement, sans question", "Question posée, démarche floue",
                            "Question claire, terrain et méthode envisagés", "Question problématisée, terrain et méthode pertinents et faisables"),
                    List.of("Missing", "A topic only, no question", "A question, unclear approach",
                            "Clear question, fieldwork and method considered", "Well-framed question, relevant and feasible fieldwork and method")),
            new Seed(20, "Parcours académique", "Academic background",
                    "Licence en sciences sociales ou équivalent, ou diplôme du travail social ; résultats et progression.",
                    "Bachelor's in social sciences or equivalent, or a social work diploma; results and progression.",
                    List.of("Prérequis non remplis", "Prérequis partiels, résultats fragiles", "Prérequis remplis, résultats corrects",
                            "Bon parcours dans une discipline proche", "Excellent parcours en sciences sociales"),
                    List.of("Prerequisites not met", "Partial prerequisites, weak results", "Prerequisites met, fair results",
                            "Good record in a related discipline", "Excellent record in the social sciences")),
            new Seed(15, "Expériences et engagement dans le champ", "Experience and commitment in the field",
                    "Stages, emplois, bénévolat ou engagement associatif dans l’intervention sociale, la santé, l’insertion.",
                    "Internships, jobs, volunteering or associative commitment in social work, health or inclusion.",
                    List.of("Aucune expérience", "Expérience ponctuelle", "Expérience significative",
                            "Expériences variées et réfléchies", "Engagement durable avec un regard réflexif sur la pratique"),
                    List.of("No experience", "Occasional experience", "Significant experience",
                            "Varied and reflected-upon experience", "Lasting commitment with a reflective view of practice")),
            new Seed(15, "Adéquation avec les thématiques de la formation", "Fit with the programme's themes",
                    "Le projet rejoint les recherches de l’équipe (vieillissement, protection de l’enfance, handicap, ESS, genre, pauvreté, numérique…) et peut être encadré.",
                    "The project meets the team's research (ageing, child protection, disability, social economy, gender, poverty, digital...) and can be supervised.",
                    List.of("Hors des thématiques", "Lien lointain", "Lien avec une thématique",
                            "Bonne adéquation, encadrement possible", "Forte adéquation, encadrement évident"),
                    List.of("Outside the themes", "Distant link", "Linked with one theme",
                            "Good fit, supervision possible", "Strong fit, obvious supervisor")));

    private DefaultRubric() {
    }
}

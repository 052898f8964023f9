package fr.univlorraine.ieps.application;

/** Research themes of the teaching team (brochure); a research project is tagged with one to three. */
public enum ResearchTheme {
    AGEING, CHILD_PROTECTION, DISABILITY, HEALTH, SOCIAL_ECONOMY, HOUSING_INSERTION, POVERTY,
    ACCESS_TO_RIGHTS, GENDER_SEXUALITY, ADDICTIONS, VIOLENCE_RADICALISM, DIGITAL_ALGORITHMS,
    EDUCATION_PARENTING, SOCIAL_WORK, ENVIRONMENT_TERRITORIES, LOCAL_OBSERVATORIES
}

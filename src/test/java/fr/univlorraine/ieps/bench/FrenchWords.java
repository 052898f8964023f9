package fr.univlorraine.ieps.bench;

/** Word lists for {@link FrenchData}: first names, surnames, places, studies, jobs, project sentences. */
final class FrenchWords {

    static final String[] WOMEN = words(
            "Camille|Léa|Manon|Chloé|Inès|Emma|Sarah|Julie|Marie|Lucie|Zoé|Maëlle|Clémence|Anaïs|Pauline|"
            + "Hélène|Nadia|Fatoumata|Yasmine|Aurélie|Mélanie|Amandine|Céline|Élodie|Justine|Océane|Louise|"
            + "Margaux");
    static final String[] MEN = words(
            "Lucas|Hugo|Thomas|Nicolas|Julien|Maxime|Antoine|Mathéo|Théo|Karim|Mehdi|Youssef|Mamadou|Jérôme|"
            + "Sébastien|Florian|Kévin|Adrien|Baptiste|Guillaume|Loïc|Rémi|Quentin|Bastien|Cédric|François");
    static final String[] LAST_NAMES = words(
            "Martin|Bernard|Thomas|Petit|Robert|Richard|Durand|Dubois|Moreau|Laurent|Simon|Michel|Lefèvre|"
            + "Leroy|Roux|David|Morel|Fournier|Girard|Bonnet|Dupont|Lambert|Fontaine|Rousseau|Vincent|Muller|"
            + "Faure|André|Mercier|Guérin|Chevalier|François|Legrand|Gauthier|Perrin|Clément|Marchal|Schmitt|"
            + "Weber|Klein|Hoffmann|Wagner|Becker|Koenig|Zimmermann|Thiébaut|Mangin|Kieffer|Schwartz|Stoffel|"
            + "Barthélemy|Humbert|Colin|Georges|Benali|Haddad|Mansouri|Diallo|Traoré|N'Diaye|Nguyen|Yılmaz|"
            + "Ferreira|Da Silva|Rossi|D'Amico|Kowalski|Le Goff|Lévêque|Ménard|Noël|Prévost");
    static final String[][] CITIES = {{"Metz", "57000"}, {"Metz", "57050"}, {"Nancy", "54000"},
        {"Thionville", "57100"}, {"Montigny-lès-Metz", "57950"}, {"Woippy", "57140"}, {"Forbach", "57600"},
        {"Sarreguemines", "57200"}, {"Épinal", "88000"}, {"Verdun", "55100"}, {"Lunéville", "54300"},
        {"Vandœuvre-lès-Nancy", "54500"}, {"Strasbourg", "67000"}, {"Reims", "51100"}, {"Bar-le-Duc", "55000"},
        {"Saint-Dié-des-Vosges", "88100"}, {"Mulhouse", "68100"}, {"Paris", "75011"}, {"Lyon", "69007"},
        {"Lille", "59000"}, {"Dijon", "21000"}, {"Besançon", "25000"}};
    static final String[] STREETS = words(
            "rue Serpenoise|avenue Foch|rue des Jardins|place Stanislas|rue de la République|"
            + "boulevard Paixhans|rue du Général de Gaulle|rue des Allemands|avenue de Strasbourg|"
            + "rue Saint-Dizier|chemin des Vignes|rue Victor Hugo|allée des Tilleuls|rue Jeanne d'Arc|"
            + "impasse des Roses|rue Mazelle");
    static final String[] NATIONALITIES = words(
            "française|marocaine|algérienne|tunisienne|sénégalaise|ivoirienne|camerounaise|luxembourgeoise|"
            + "allemande|belge|italienne");
    static final String[] LICENCES = words(
            "Licence de sociologie|Licence de psychologie|Licence de sciences de l'éducation|Licence AES|"
            + "Licence de droit|Licence de sciences sanitaires et sociales|"
            + "Diplôme d'État d'assistant de service social|Diplôme d'État d'éducateur spécialisé|"
            + "Diplôme d'État de conseiller en économie sociale familiale|"
            + "Licence professionnelle Intervention sociale");
    static final String[] MASTERS = words(
            "Master 1 Sociologie|Master 1 Sciences de l'éducation|CAFERUIS|Master 1 Psychologie sociale|"
            + "Diplôme d'État d'ingénierie sociale (1re année)");
    static final String[] SCHOOLS = words(
            "Université de Lorraine|Université de Strasbourg|Université de Reims Champagne-Ardenne|"
            + "IRTS de Lorraine|Université de Haute-Alsace|Université Paris Cité|Université de Franche-Comté|"
            + "ESTES Strasbourg|Université du Luxembourg");
    static final String[] LYCEES = words("Fabert|Georges de La Tour|Henri Poincaré|Jean Zay|Louis Vincent");
    static final String[] GRADES = words("Passable|Assez bien|Assez bien|Bien|Très bien|12,4/20|13,1/20|14,6/20");
    static final String[] JOBS = words(
            "Éducatrice spécialisée|Assistant de service social|Conseillère en insertion professionnelle|"
            + "Animateur socioculturel|Coordinatrice de projets|Chargé de mission politique de la ville|"
            + "Stagiaire|Bénévole|Moniteur-éducateur|Médiatrice sociale|Chef de service éducatif");
    static final String[] EMPLOYERS = words(
            "Conseil départemental de la Moselle|CCAS de Metz|ADAPEI de la Moselle|"
            + "Mission locale du Pays messin|CAF de Meurthe-et-Moselle|AMLI|Centre social Bon Pasteur|"
            + "Foyer de l'enfance de Metz|EHPAD Les Tilleuls|Secours populaire|Restos du Cœur de Thionville|"
            + "ARELIA|CMSEA|Ville de Nancy|Batigère");
    static final String[] MISSIONS = words(
            "Accompagnement de jeunes de 16 à 25 ans vers l'emploi.|"
            + "Suivi éducatif d'adolescents placés au titre de la protection de l'enfance.|"
            + "Animation d'ateliers collectifs et coordination d'une équipe de bénévoles.|"
            + "Instruction des demandes d'aide sociale et accueil du public.|"
            + "Mise en place d'un diagnostic territorial avec les partenaires locaux.|"
            + "Accompagnement de personnes âgées et lien avec les familles.");
    static final String[] PRO_OPENINGS = words(
            "Je souhaite évoluer vers des fonctions d'encadrement.|"
            + "Après plusieurs années sur le terrain, je veux prendre du recul sur mes pratiques.|"
            + "Mon objectif est de devenir chargé(e) d'études dans une collectivité territoriale.|"
            + "Je vise un poste de coordination de dispositifs d'insertion.");
    static final String[] PRO_BODY = words(
            "Les politiques sociales se transforment rapidement et les équipes ont besoin de professionnels capables"
            + " d'en analyser les effets.|Le master me permettrait d'acquérir des outils de diagnostic, d'évaluation"
            + " et de conduite de projet.|Mon expérience auprès des publics vulnérables m'a montré l'importance du"
            + " travail en partenariat.|Je souhaite mieux comprendre l'articulation entre action publique,"
            + " associations et personnes accompagnées.|La dimension recherche de la formation m'intéresse pour"
            + " objectiver les besoins du territoire.|J'ai coordonné un petit projet d'accès aux droits et j'ai mesuré"
            + " mes limites en méthodologie.|Mon employeur soutient ma démarche et envisage de me confier la"
            + " coordination d'un service.|L'alternance me permettrait de relier directement les enseignements et ma"
            + " pratique quotidienne.|Je souhaite contribuer à l'observation sociale locale aux côtés des"
            + " collectivités lorraines.|À terme, je me vois piloter un dispositif et animer une équipe"
            + " pluridisciplinaire.");
    static final String[] RESEARCH = words(
            "Je souhaite étudier le non-recours aux droits sociaux en milieu rural lorrain.|Mon sujet porte sur la"
            + " place des familles dans les décisions de placement.|J'aimerais analyser les effets de la"
            + " dématérialisation des démarches sur les usagers les plus éloignés du numérique.|Je m'intéresse aux"
            + " trajectoires résidentielles des personnes sortant de l'hébergement d'urgence.|Ma question de départ"
            + " concerne l'accompagnement du vieillissement des personnes en situation de handicap.|J'envisage une"
            + " enquête par entretiens auprès de professionnels et de personnes accompagnées.|Une observation"
            + " participante de quelques mois compléterait ces entretiens.|Je m'appuierai sur les travaux de"
            + " sociologie de l'action publique et sur la littérature consacrée au travail social.|Le terrain est"
            + " accessible grâce à mes contacts professionnels dans le département.|Les résultats pourraient"
            + " nourrir les échanges de l'observatoire social local.");

    private FrenchWords() {
    }

    private static String[] words(String list) {
        return list.split("\\|");
    }
}

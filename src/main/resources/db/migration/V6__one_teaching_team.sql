-- One source for the teaching team: the public page and the admin read the same rows. The brochure's team
-- (2026) is written here once; the admin corrects it on /admin/equipe. Members already in the table (seeded by
-- an earlier version of the app at its start) keep what the admin changed and only get their public texts: the
-- members inserted here carry a negative position until their public texts are written, and only they get themes.
alter table team_member add column public_title_fr   varchar(300);
alter table team_member add column public_title_en   varchar(300);
alter table team_member add column public_themes_fr  varchar(500);
alter table team_member add column public_themes_en  varchar(500);
-- shown on the public page, in this order (people who teach but do not review are there too, inactive)
alter table team_member add column shown_publicly    boolean not null default false;
alter table team_member add column public_position   integer not null default 0;

-- Hervé Levilain
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Hervé Levilain', 'herve.levilain@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'herve.levilain@univ-lorraine.fr');
insert into team_member_theme (member_id, theme) select m.id, 'AGEING' from team_member m where m.email = 'herve.levilain@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'ACCESS_TO_RIGHTS' from team_member m where m.email = 'herve.levilain@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'DIGITAL_ALGORITHMS' from team_member m where m.email = 'herve.levilain@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'EDUCATION_PARENTING' from team_member m where m.email = 'herve.levilain@univ-lorraine.fr' and m.public_position < 0;
update team_member set shown_publicly = true, public_position = 1, public_title_fr = 'Responsable pédagogique du Master 2, professeur des universités en sociologie, laboratoire TETRAS', public_title_en = 'Head of Master 2, professor of sociology, TETRAS laboratory', public_themes_fr = 'Expertise, État social et parcours de vie ; algorithmes (AGGIR, MonMaster) ; parentalité à un âge avancé ; accès aux droits et dématérialisation', public_themes_en = 'Expertise, the welfare state and life courses; algorithms (AGGIR, MonMaster); late parenthood; access to rights and digitalisation'
    where email = 'herve.levilain@univ-lorraine.fr';
-- Raymond Magro
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Raymond Magro', 'raymond.magro@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'raymond.magro@univ-lorraine.fr');
update team_member set shown_publicly = true, public_position = 2, public_title_fr = 'Responsable pédagogique du Master 1 et du Master 2, maître de conférences en sociologie', public_title_en = 'Head of Master 1 and Master 2, associate professor of sociology', public_themes_fr = null, public_themes_en = null
    where email = 'raymond.magro@univ-lorraine.fr';
-- Melaine Cervera
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Melaine Cervera', 'melaine.cervera@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'melaine.cervera@univ-lorraine.fr');
insert into team_member_theme (member_id, theme) select m.id, 'SOCIAL_ECONOMY' from team_member m where m.email = 'melaine.cervera@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'HOUSING_INSERTION' from team_member m where m.email = 'melaine.cervera@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'SOCIAL_WORK' from team_member m where m.email = 'melaine.cervera@univ-lorraine.fr' and m.public_position < 0;
update team_member set shown_publicly = true, public_position = 3, public_title_fr = 'Responsable pédagogique du Master 1, maître de conférences en sociologie, directeur du département de sociologie (Metz), laboratoire TETRAS', public_title_en = 'Head of Master 1, associate professor of sociology, head of the sociology department (Metz), TETRAS laboratory', public_themes_fr = 'Économie sociale et solidaire, associations, accès au logement, accompagnement social et insertion', public_themes_en = 'Social and solidarity economy, associations, access to housing, social support and inclusion'
    where email = 'melaine.cervera@univ-lorraine.fr';
-- Thibaut Besozzi
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Thibaut Besozzi', 'thibaut.besozzi@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'thibaut.besozzi@univ-lorraine.fr');
insert into team_member_theme (member_id, theme) select m.id, 'POVERTY' from team_member m where m.email = 'thibaut.besozzi@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'HOUSING_INSERTION' from team_member m where m.email = 'thibaut.besozzi@univ-lorraine.fr' and m.public_position < 0;
update team_member set shown_publicly = true, public_position = 4, public_title_fr = 'Cadre de formation et chercheur, IRTS de Lorraine', public_title_en = 'Trainer and researcher, IRTS de Lorraine', public_themes_fr = 'Sans-abrisme, urgence sociale, espace public, politiques sociales, ethnographie', public_themes_en = 'Homelessness, social emergency, public space, social policy, ethnography'
    where email = 'thibaut.besozzi@univ-lorraine.fr';
-- Camille Brandard
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Camille Brandard', 'camille.brandard@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'camille.brandard@univ-lorraine.fr');
insert into team_member_theme (member_id, theme) select m.id, 'CHILD_PROTECTION' from team_member m where m.email = 'camille.brandard@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'GENDER_SEXUALITY' from team_member m where m.email = 'camille.brandard@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'SOCIAL_WORK' from team_member m where m.email = 'camille.brandard@univ-lorraine.fr' and m.public_position < 0;
update team_member set shown_publicly = true, public_position = 5, public_title_fr = 'Doctorante contractuelle, laboratoire TETRAS', public_title_en = 'Doctoral researcher, TETRAS laboratory', public_themes_fr = 'Protection de l’enfance, expertise, prostitution, travail social', public_themes_en = 'Child protection, expertise, prostitution, social work'
    where email = 'camille.brandard@univ-lorraine.fr';
-- Charles Braverman
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Charles Braverman', 'charles.braverman@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'charles.braverman@univ-lorraine.fr');
insert into team_member_theme (member_id, theme) select m.id, 'ENVIRONMENT_TERRITORIES' from team_member m where m.email = 'charles.braverman@univ-lorraine.fr' and m.public_position < 0;
update team_member set shown_publicly = true, public_position = 6, public_title_fr = 'Maître de conférences en philosophie, laboratoire CREAT', public_title_en = 'Associate professor of philosophy, CREAT laboratory', public_themes_fr = 'Histoire et philosophie des sciences, éthique environnementale', public_themes_en = 'History and philosophy of science, environmental ethics'
    where email = 'charles.braverman@univ-lorraine.fr';
-- Nicolas Euriat
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Nicolas Euriat', 'nicolas.euriat@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'nicolas.euriat@univ-lorraine.fr');
insert into team_member_theme (member_id, theme) select m.id, 'SOCIAL_WORK' from team_member m where m.email = 'nicolas.euriat@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'EDUCATION_PARENTING' from team_member m where m.email = 'nicolas.euriat@univ-lorraine.fr' and m.public_position < 0;
update team_member set shown_publicly = true, public_position = 7, public_title_fr = 'Cadre de formation, responsable du DEIS, IRTS de Lorraine', public_title_en = 'Trainer, head of the DEIS diploma, IRTS de Lorraine', public_themes_fr = 'Travail social, sociologie de l’éducation et de la formation, rapport au savoir', public_themes_en = 'Social work, sociology of education and training, relationship to knowledge'
    where email = 'nicolas.euriat@univ-lorraine.fr';
-- Anne Fernandes
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Anne Fernandes', 'anne.fernandes@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'anne.fernandes@univ-lorraine.fr');
insert into team_member_theme (member_id, theme) select m.id, 'HEALTH' from team_member m where m.email = 'anne.fernandes@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'GENDER_SEXUALITY' from team_member m where m.email = 'anne.fernandes@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'AGEING' from team_member m where m.email = 'anne.fernandes@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'LOCAL_OBSERVATORIES' from team_member m where m.email = 'anne.fernandes@univ-lorraine.fr' and m.public_position < 0;
update team_member set shown_publicly = true, public_position = 8, public_title_fr = 'Chargée d’étude, Observatoire de l’Action Sociale Départementale de la Moselle', public_title_en = 'Research officer, Social Action Observatory of the Moselle department', public_themes_fr = 'Santé, sexualité, expertise, âge, jeunesse', public_themes_en = 'Health, sexuality, expertise, age, youth'
    where email = 'anne.fernandes@univ-lorraine.fr';
-- Fabien Hein
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Fabien Hein', 'fabien.hein@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'fabien.hein@univ-lorraine.fr');
insert into team_member_theme (member_id, theme) select m.id, 'ENVIRONMENT_TERRITORIES' from team_member m where m.email = 'fabien.hein@univ-lorraine.fr' and m.public_position < 0;
update team_member set shown_publicly = true, public_position = 9, public_title_fr = 'Maître de conférences en sociologie, laboratoire LIEC', public_title_en = 'Associate professor of sociology, LIEC laboratory', public_themes_fr = 'Interdisciplinarité, ruralité, environnement', public_themes_en = 'Interdisciplinarity, rural life, environment'
    where email = 'fabien.hein@univ-lorraine.fr';
-- Almoustapha Issoufou-Seyni
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Almoustapha Issoufou-Seyni', 'almoustapha.issoufou-seyni@univ-lorraine.fr', 12, false, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'almoustapha.issoufou-seyni@univ-lorraine.fr');
update team_member set shown_publicly = true, public_position = 10, public_title_fr = 'Directeur du pôle Enfance, association Jean-Baptiste Thiéry', public_title_en = 'Director of the childhood division, Jean-Baptiste Thiéry association', public_themes_fr = 'Gestion, management, diagnostic organisationnel dans le secteur médico-social', public_themes_en = 'Management and organisational diagnosis in the health and social care sector'
    where email = 'almoustapha.issoufou-seyni@univ-lorraine.fr';
-- Rémi Le Gall
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Rémi Le Gall', 'remi.le-gall@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'remi.le-gall@univ-lorraine.fr');
insert into team_member_theme (member_id, theme) select m.id, 'ACCESS_TO_RIGHTS' from team_member m where m.email = 'remi.le-gall@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'HOUSING_INSERTION' from team_member m where m.email = 'remi.le-gall@univ-lorraine.fr' and m.public_position < 0;
update team_member set shown_publicly = true, public_position = 11, public_title_fr = 'Maître de conférences en sciences économiques, laboratoire TETRAS', public_title_en = 'Associate professor of economics, TETRAS laboratory', public_themes_fr = 'Politiques sociales, accès aux droits, emploi, capabilités', public_themes_en = 'Social policy, access to rights, employment, capabilities'
    where email = 'remi.le-gall@univ-lorraine.fr';
-- Stéphanie Mélis
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Stéphanie Mélis', 'stephanie.melis@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'stephanie.melis@univ-lorraine.fr');
insert into team_member_theme (member_id, theme) select m.id, 'CHILD_PROTECTION' from team_member m where m.email = 'stephanie.melis@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'ACCESS_TO_RIGHTS' from team_member m where m.email = 'stephanie.melis@univ-lorraine.fr' and m.public_position < 0;
update team_member set shown_publicly = true, public_position = 12, public_title_fr = 'Responsable des affaires juridiques et institutionnelles, IRTS de Lorraine', public_title_en = 'Head of legal and institutional affairs, IRTS de Lorraine', public_themes_fr = 'Droit et politiques sociales, protection de l’enfance, droits des personnes accompagnées, participation', public_themes_en = 'Law and social policy, child protection, rights of supported people, participation'
    where email = 'stephanie.melis@univ-lorraine.fr';
-- Carola Ortega-Trur
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Carola Ortega-Trur', 'carola.ortega-trur@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'carola.ortega-trur@univ-lorraine.fr');
insert into team_member_theme (member_id, theme) select m.id, 'POVERTY' from team_member m where m.email = 'carola.ortega-trur@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'LOCAL_OBSERVATORIES' from team_member m where m.email = 'carola.ortega-trur@univ-lorraine.fr' and m.public_position < 0;
update team_member set shown_publicly = true, public_position = 13, public_title_fr = 'Responsable de l’Observatoire de l’Action Sociale Départementale de la Moselle', public_title_en = 'Head of the Social Action Observatory of the Moselle department', public_themes_fr = 'Sociologie de la pauvreté, expertise des politiques sociales, méthodologie de la recherche, ingénierie de projet', public_themes_en = 'Sociology of poverty, social policy expertise, research methods, project engineering'
    where email = 'carola.ortega-trur@univ-lorraine.fr';
-- Myriam Winance
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Myriam Winance', 'myriam.winance@univ-lorraine.fr', 12, true, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'myriam.winance@univ-lorraine.fr');
insert into team_member_theme (member_id, theme) select m.id, 'DISABILITY' from team_member m where m.email = 'myriam.winance@univ-lorraine.fr' and m.public_position < 0;
insert into team_member_theme (member_id, theme) select m.id, 'HEALTH' from team_member m where m.email = 'myriam.winance@univ-lorraine.fr' and m.public_position < 0;
update team_member set shown_publicly = true, public_position = 14, public_title_fr = 'Directrice de recherche en sociologie, CERMES3, INSERM', public_title_en = 'Research director in sociology, CERMES3, INSERM', public_themes_fr = 'Handicap, sociologie des sciences et des techniques, éthique du care, médico-social, santé', public_themes_en = 'Disability, science and technology studies, ethics of care, health and social care'
    where email = 'myriam.winance@univ-lorraine.fr';
-- Martine Barondeau
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Martine Barondeau', 'martine.barondeau@univ-lorraine.fr', 12, false, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'martine.barondeau@univ-lorraine.fr');
update team_member set shown_publicly = true, public_position = 15, public_title_fr = 'Intervenante', public_title_en = 'Lecturer', public_themes_fr = null, public_themes_en = null
    where email = 'martine.barondeau@univ-lorraine.fr';
-- Carine Mutatayi
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Carine Mutatayi', 'carine.mutatayi@univ-lorraine.fr', 12, false, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'carine.mutatayi@univ-lorraine.fr');
update team_member set shown_publicly = true, public_position = 16, public_title_fr = 'Intervenante', public_title_en = 'Lecturer', public_themes_fr = null, public_themes_en = null
    where email = 'carine.mutatayi@univ-lorraine.fr';
-- Sabrina Sinigaglia-Amadio
insert into team_member (full_name, email, max_dossiers, active, public_position) select 'Sabrina Sinigaglia-Amadio', 'sabrina.sinigaglia-amadio@univ-lorraine.fr', 12, false, -1
    from (values (1)) as one (x) where not exists (select 1 from team_member where email = 'sabrina.sinigaglia-amadio@univ-lorraine.fr');
update team_member set shown_publicly = true, public_position = 17, public_title_fr = 'Intervenante', public_title_en = 'Lecturer', public_themes_fr = null, public_themes_en = null
    where email = 'sabrina.sinigaglia-amadio@univ-lorraine.fr';

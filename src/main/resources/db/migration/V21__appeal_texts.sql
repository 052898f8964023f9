-- The routes and time limits of appeal every refusal states (the candidate's page, the letter), one text per level
-- in French and English, which the admin edits. The defaults: an informal appeal to the president of the university
-- and a court appeal before the administrative court of Nancy, where the university has its seat (article R312-1 of
-- the code de justice administrative), within two months; for the first year, the candidate's right to ask the
-- rector for proposals of admission (articles L612-6 and R612-36-3 of the code de l'éducation).
create table appeal_text (
    level       varchar(2)     primary key,
    text_fr     varchar(4000)  not null,
    text_en     varchar(4000)  not null,
    version     bigint         not null default 0,
    constraint appeal_text_level check (level in ('M1', 'M2'))
);
insert into appeal_text (level, text_fr, text_en) values
    ('M1',
     'Cette décision peut faire l’objet, dans un délai de deux mois à compter de sa notification, d’un recours gracieux auprès du président de l’Université de Lorraine ou d’un recours contentieux devant le tribunal administratif de Nancy, qui peut aussi être saisi par l’application Télérecours citoyens (www.telerecours.fr). Un recours gracieux formé dans ce délai le prolonge : le délai de recours contentieux court à nouveau à compter de la réponse de l’université, son silence pendant deux mois valant rejet.

Si vous êtes titulaire du diplôme national de licence et n’avez reçu aucune proposition d’admission en première année de master, vous pouvez demander au recteur de la région académique de vous faire des propositions d’admission (articles L612-6 et R612-36-3 du code de l’éducation). Cette demande se fait sur la plateforme nationale Mon Master, dans les conditions et délais qu’elle indique.',
     'This decision may be challenged, within two months of its notification, by an informal appeal to the President of the Université de Lorraine or by an appeal to the administrative court of Nancy (tribunal administratif de Nancy), which can also be reached through the Télérecours citoyens application (www.telerecours.fr). An informal appeal made within that time extends it: the time to go to court starts again from the university’s answer, its silence for two months counting as a rejection.

If you hold the national licence (bachelor’s) degree and have received no offer of admission to the first year of a master’s degree, you may ask the rector of the academic region to propose admissions to you (articles L612-6 and R612-36-3 of the French Education Code). The request is made on the national platform Mon Master, under the conditions and within the time it states.'),
    ('M2',
     'Cette décision peut faire l’objet, dans un délai de deux mois à compter de sa notification, d’un recours gracieux auprès du président de l’Université de Lorraine ou d’un recours contentieux devant le tribunal administratif de Nancy, qui peut aussi être saisi par l’application Télérecours citoyens (www.telerecours.fr). Un recours gracieux formé dans ce délai le prolonge : le délai de recours contentieux court à nouveau à compter de la réponse de l’université, son silence pendant deux mois valant rejet.',
     'This decision may be challenged, within two months of its notification, by an informal appeal to the President of the Université de Lorraine or by an appeal to the administrative court of Nancy (tribunal administratif de Nancy), which can also be reached through the Télérecours citoyens application (www.telerecours.fr). An informal appeal made within that time extends it: the time to go to court starts again from the university’s answer, its silence for two months counting as a rejection.');

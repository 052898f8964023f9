package fr.univlorraine.ieps.bench;

import static fr.univlorraine.ieps.bench.FrenchWords.*;

import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.campaign.Level;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Plausible French candidates for the Master IEPS: names, addresses, studies, jobs and projects. */
final class FrenchData {

    record Person(String civility, String firstName, String lastName, LocalDate birthDate, String nationality,
            String email, String phone, String address, String postalCode, String city, String country) {
        String fullName() {
            return firstName + " " + lastName;
        }
    }

    record Degree(String title, String institution, int year, String grade) {
    }

    record Experience(String jobTitle, String organisation, int startYear, Integer endYear, String description) {
    }

    private final Random random;

    FrenchData(Random random) {
        this.random = random;
    }

    Person person(int serial) {
        boolean woman = random.nextInt(100) < 72;  // the social sector is mostly women
        String first = pick(woman ? WOMEN : MEN);
        String last = pick(LAST_NAMES);
        String[] city = pick(CITIES);
        boolean abroad = random.nextInt(100) < 6;
        String email = (ascii(first) + "." + ascii(last) + serial + "@exemple.fr");
        String phone = String.format(Locale.ROOT, "0%d %02d %02d %02d %02d", 6 + random.nextInt(2), random.nextInt(100),
                random.nextInt(100), random.nextInt(100), random.nextInt(100));
        return new Person(woman ? "MME" : "M", first, last,
                LocalDate.of(1975, 1, 1).plusDays(random.nextInt(28 * 365)),
                random.nextInt(100) < 82 ? NATIONALITIES[0] : pick(NATIONALITIES), email, phone,
                (1 + random.nextInt(120)) + " " + pick(STREETS), abroad ? "L-1" + (100 + random.nextInt(900)) : city[1],
                abroad ? "Luxembourg" : city[0], abroad ? "Luxembourg" : "France");
    }

    List<Degree> degrees(Level level) {
        var list = new ArrayList<Degree>();
        int year = 2018 + random.nextInt(8);
        list.add(new Degree("Baccalauréat", "Lycée " + pick(LYCEES), year - 3, pick(GRADES)));
        list.add(new Degree(pick(LICENCES), pick(SCHOOLS), year, pick(GRADES)));
        if (level == Level.M2 || random.nextBoolean()) {
            int next = Math.min(year + 1 + random.nextInt(3), 2026);
            list.add(new Degree(pick(MASTERS), pick(SCHOOLS), next, pick(GRADES)));
        }
        return list;
    }

    List<Experience> experiences(int atLeast) {
        var list = new ArrayList<Experience>();
        int count = atLeast + random.nextInt(5 - atLeast);
        int year = 2012 + random.nextInt(8);
        for (int i = 0; i < count; i++, year = Math.min(year + 1 + random.nextInt(3), 2026)) {
            Integer end = i == count - 1 && random.nextBoolean() ? null : Math.min(year + random.nextInt(3), 2026);
            list.add(new Experience(pick(JOBS), pick(EMPLOYERS), year, end, pick(MISSIONS)));
        }
        return list;
    }

    String professionalProject() {
        return pick(PRO_OPENINGS) + " " + paragraph(PRO_BODY, 3 + random.nextInt(8));
    }

    String researchProject() {
        return paragraph(RESEARCH, 3 + random.nextInt(7));
    }

    Set<ResearchTheme> themes() {
        Set<ResearchTheme> themes = EnumSet.noneOf(ResearchTheme.class);
        for (int i = 1 + random.nextInt(3); themes.size() < i; ) {
            themes.add(pick(ResearchTheme.values()));
        }
        return themes;
    }

    String employer() {
        return pick(EMPLOYERS);
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** {@code count} different sentences of the pool, in random order. */
    private String paragraph(String[] pool, int count) {
        var sentences = new ArrayList<>(List.of(pool));
        Collections.shuffle(sentences, random);
        return String.join(" ", sentences.subList(0, Math.min(count, sentences.size())));
    }

    /** "Maëlle D'Amico" becomes "maelle.damico" for the e-mail address. */
    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}

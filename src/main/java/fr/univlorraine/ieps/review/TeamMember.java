package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.application.ResearchTheme;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A member of the teaching team who reads dossiers; linked to a login account by e-mail at first login. */
@Entity
@Table(name = "team_member")
public class TeamMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    /** Lower case: the address of the member's login account. */
    @Column(nullable = false, unique = true, length = 254)
    public String email;

    @Column(name = "account_subject", unique = true)
    public String accountSubject;

    /** At most this many dossiers in a campaign. */
    @Column(name = "max_dossiers", nullable = false)
    public int maxDossiers;

    @Column(nullable = false)
    public boolean active = true;

    @ElementCollection
    @CollectionTable(name = "team_member_theme", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "theme", length = 40)
    @Enumerated(EnumType.STRING)
    public Set<ResearchTheme> themes = EnumSet.noneOf(ResearchTheme.class);

    /** What the public page says of the member (title and research), in French and English. */
    @Column(name = "public_title_fr", length = 300)
    public String publicTitleFr;

    @Column(name = "public_title_en", length = 300)
    public String publicTitleEn;

    @Column(name = "public_themes_fr", length = 500)
    public String publicThemesFr;

    @Column(name = "public_themes_en", length = 500)
    public String publicThemesEn;

    /** On the public page of the programme, in the order of {@link #publicPosition}. */
    @Column(name = "shown_publicly", nullable = false)
    public boolean shownPublicly;

    @Column(name = "public_position", nullable = false)
    public int publicPosition;

    /** The last invitation to sign in sent to the member while not linked (one a day at most). */
    @Column(name = "sign_in_reminded_at")
    public java.time.Instant signInRemindedAt;

    @Version
    public long version;

    public boolean isLinked() {
        return accountSubject != null;
    }

    /** Every member with their themes loaded, for pages rendered after the query's session. */
    public static List<TeamMember> listByNameWithThemes() {
        return list("select distinct m from TeamMember m left join fetch m.themes order by m.fullName");
    }

    /** The members who read dossiers now, by name, with their themes. */
    public static List<TeamMember> activeWithThemes() {
        return list("select distinct m from TeamMember m left join fetch m.themes where m.active = true order by m.fullName");
    }

    public static Optional<TeamMember> byIdWithThemes(Long id) {
        return find("select m from TeamMember m left join fetch m.themes where m.id = ?1", id).singleResultOptional();
    }

    /** The members the public page presents, in their order. */
    public static List<TeamMember> onPublicPage() {
        return list("shownPublicly = true order by publicPosition, fullName");
    }

    public static List<TeamMember> activeByName() {
        return list("active = true order by fullName");
    }

    /** The members who may be given dossiers: active and linked to a login, by name, with their themes. */
    public static List<TeamMember> assignableWithThemes() {
        return list("select distinct m from TeamMember m left join fetch m.themes where m.active = true "
                + "and m.accountSubject is not null order by m.fullName");
    }

    public static Optional<TeamMember> bySubject(String subject) {
        return find("accountSubject", subject).firstResultOptional();
    }

    public static Optional<TeamMember> byEmail(String email) {
        return email == null ? Optional.empty() : find("email", normalise(email)).firstResultOptional();
    }

    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}

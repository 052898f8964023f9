package fr.univlorraine.ieps.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The default rubric (the criteria {@link RubricService} gives a campaign) written as rows, for tests that
 * create a campaign with JDBC while the app runs: the app seeds a campaign's rubric at start-up or when it
 * creates the campaign itself, so a campaign inserted behind its back would otherwise have no criteria
 * until the next start.
 */
public final class DefaultRubricRows {

    private DefaultRubricRows() {
    }

    /** The weights of the default criteria, in their order. */
    public static List<Integer> weights() {
        return DefaultRubric.CRITERIA.stream().map(DefaultRubric.Seed::weight).toList();
    }

    /** Writes the default criteria and their level descriptors for the campaign, as the app would seed them. */
    public static void insert(Connection db, long campaignId) throws SQLException {
        try (PreparedStatement criterion = db.prepareStatement("insert into rubric_criterion (campaign_id, position, label_fr,"
                + " label_en, description_fr, description_en, weight) values (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement level = db.prepareStatement("insert into rubric_level (criterion_id, level, descriptor_fr,"
                        + " descriptor_en) values (?, ?, ?, ?)")) {
            int position = 1;
            for (DefaultRubric.Seed seed : DefaultRubric.CRITERIA) {
                criterion.setLong(1, campaignId);
                criterion.setInt(2, position++);
                criterion.setString(3, seed.labelFr());
                criterion.setString(4, seed.labelEn());
                criterion.setString(5, seed.descriptionFr());
                criterion.setString(6, seed.descriptionEn());
                criterion.setInt(7, seed.weight());
                criterion.executeUpdate();
                long id;
                try (ResultSet keys = criterion.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (int l = 0; l <= Criterion.MAX_LEVEL; l++) {
                    level.setLong(1, id);
                    level.setInt(2, l);
                    level.setString(3, seed.levelsFr().get(l));
                    level.setString(4, seed.levelsEn().get(l));
                    level.executeUpdate();
                }
            }
        }
    }
}

package fr.univlorraine.ieps.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.univlorraine.ieps.documents.DocumentStorage;
import fr.univlorraine.ieps.documents.FileKind;
import fr.univlorraine.ieps.kernel.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * The archive of everything the app holds about one candidate: a ZIP with {@code donnees.json} (every row of every
 * table {@link PersonalDataTables} names, found by the candidate's login subject and address) and the files of their
 * pieces, named by type. Written as it is read, straight to the response: no piece and no table is held whole in
 * memory. The candidate is always the one signed in: nobody names whose archive to build.
 */
@ApplicationScoped
public class MyDataArchive {

    /** The name of the JSON in the ZIP. */
    public static final String JSON = "donnees.json";

    /** The version of the JSON's shape: a reader can tell a later one. */
    static final String FORMAT = "ieps-donnees-personnelles/1";

    private static final Pattern PARAMETER = Pattern.compile(":(subject|email)\\b");

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    DocumentStorage storage;

    @Inject
    AppClock clock;

    /** A piece of the candidate's: its row, the name it takes in the ZIP, and its stored file. */
    record Piece(long documentId, long applicationId, String type, String entry, String storedName, String sha256) {
    }

    /** Writes the ZIP of the candidate signed in as {@code subject} (whose login's address is {@code email}). */
    public void write(String subject, String email, String lang, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (Connection connection = dataSource.getConnection()) {
            List<Piece> pieces = pieces(connection, subject);
            Set<Long> missing = new HashSet<>();
            for (Piece piece : pieces) {
                Path file = storage.pathOf(piece.storedName());
                if (!Files.isRegularFile(file)) {
                    missing.add(piece.documentId());
                    continue;
                }
                zip.putNextEntry(new ZipEntry(piece.entry()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(JSON));
            JsonGenerator out2 = json.getFactory().createGenerator(zip);
            out2.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            out2.useDefaultPrettyPrinter();
            writeJson(out2, connection, subject, email, lang, pieces, missing);
            out2.flush();
            zip.closeEntry();
        } catch (SQLException e) {
            throw new IOException("Cannot read the candidate's data", e);
        }
        zip.finish();
        zip.flush();
    }

    private void writeJson(JsonGenerator g, Connection connection, String subject, String email, String lang,
            List<Piece> pieces, Set<Long> missing) throws IOException, SQLException {
        RightsMessages texts = fr.univlorraine.ieps.kernel.Localizable.bundle(RightsMessages.class, lang);
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeStringField("generated_at", clock.now().toString());
        g.writeStringField("about", texts.json_about());
        g.writeObjectFieldStart("account");
        g.writeStringField("subject", subject);
        g.writeStringField("email", email);
        g.writeEndObject();
        g.writeArrayFieldStart("withheld");
        for (MyDataWithheld reason : PersonalDataTables.withheld()) {
            g.writeStartObject();
            g.writeStringField("code", reason.name());
            g.writeStringField("why", reason.text(lang));
            g.writeArrayFieldStart("tables");
            for (var table : PersonalDataTables.personal()) {
                if (table.withheld().contains(reason)) {
                    g.writeString(table.table());
                }
            }
            for (var table : PersonalDataTables.others()) {
                if (table.withheld().filter(reason::equals).isPresent()) {
                    g.writeString(table.table());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("pieces");
        for (Piece piece : pieces) {
            g.writeStartObject();
            g.writeNumberField("document_id", piece.documentId());
            g.writeNumberField("application_id", piece.applicationId());
            g.writeStringField("type", piece.type());
            g.writeStringField("sha256", piece.sha256());
            if (missing.contains(piece.documentId())) {
                g.writeNullField("file");
                g.writeStringField("note", texts.json_piece_missing());
            } else {
                g.writeStringField("file", piece.entry());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("tables");
        for (var table : PersonalDataTables.personal()) {
            g.writeArrayFieldStart(table.table());
            rows(g, connection, table, subject, email);
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The table's rows of the candidate, one JSON object each, keyed by column name, in a stable order. */
    private static void rows(JsonGenerator g, Connection connection, PersonalDataTables.Personal table, String subject,
            String email) throws IOException, SQLException {
        List<String> values = new ArrayList<>();
        Matcher m = PARAMETER.matcher(table.condition());
        StringBuilder condition = new StringBuilder();
        while (m.find()) {
            values.add("subject".equals(m.group(1)) ? subject : email == null ? "" : email);
            m.appendReplacement(condition, "?");
        }
        m.appendTail(condition);
        String sql = "select * from " + table.table() + " where " + condition + " order by 1, 2";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            statement.setFetchSize(200);
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    g.writeStartObject();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String column = meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
                        if (table.gives(column)) {
                            g.writeFieldName(column);
                            value(g, rs, c, meta.getColumnType(c));
                        }
                    }
                    g.writeEndObject();
                }
            }
        }
    }

    /** One value: instants in ISO UTC (the database keeps UTC), days in ISO, numbers and booleans as such. */
    private static void value(JsonGenerator g, ResultSet rs, int c, int type) throws IOException, SQLException {
        Object value = switch (type) {
            case Types.TIMESTAMP -> rs.getObject(c, LocalDateTime.class);
            case Types.DATE -> rs.getObject(c, LocalDate.class);
            default -> rs.getObject(c);
        };
        if (value == null) {
            g.writeNull();
        } else if (value instanceof LocalDateTime utc) {
            g.writeString(utc.atOffset(ZoneOffset.UTC).toInstant().toString());
        } else if (value instanceof java.time.OffsetDateTime instant) {
            g.writeString(instant.toInstant().toString());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof java.math.BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof byte[] bytes) {
            g.writeString(Base64.getEncoder().encodeToString(bytes));
        } else {
            g.writeString(value.toString());
        }
    }

    /** The candidate's pieces with a file, by dossier then checklist order. */
    private static List<Piece> pieces(Connection connection, String subject) throws SQLException {
        String sql = "select d.id, a.id, a.reference, t.code, d.media_type, d.stored_name, d.sha256 "
                + "from application_document d join application a on a.id = d.application_id "
                + "join document_type t on t.id = d.document_type_id "
                + "where a.candidate_subject = ? and d.stored_name is not null order by a.id, t.position, d.id";
        List<Piece> pieces = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, subject);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long applicationId = rs.getLong(2);
                    String reference = rs.getString(3);
                    String folder = reference != null ? reference : "brouillon-" + applicationId;
                    String mediaType = rs.getString(5);
                    String extension = Arrays.stream(FileKind.values()).filter(k -> k.mediaType.equals(mediaType))
                            .map(k -> k.extension).findFirst().orElse("bin");
                    String code = rs.getString(4);
                    pieces.add(new Piece(rs.getLong(1), applicationId, code,
                            "pieces/" + folder + "/" + code + "." + extension, rs.getString(6), rs.getString(7)));
                }
            }
        }
        return pieces;
    }
}

package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.export.ExportFormat;
import fr.univlorraine.ieps.export.ExportLabels;
import fr.univlorraine.ieps.export.ExportTable;
import fr.univlorraine.ieps.export.SheetWriter;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Ui;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The journal's lines of a filter as a CSV file (French Excel's, like the secretariat's exports; cells that would run
 * as formulas neutralised), every line the filter keeps, newest first. The download is itself a line of the journal.
 * A filter that cannot be read sends back to the journal's page of the same filter, which says why.
 */
@Path("/dpo/journal.csv")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
public class AuditJournalCsvResource {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    AuditJournal journal;

    @Inject
    AuditLog audit;

    @Inject
    Ui ui;

    @GET
    public Response csv(@BeanParam AuditJournalForm form) {
        FormErrors errors = new FormErrors();
        AuditJournalForm.Criteria criteria = form.criteria(errors);
        if (errors.any()) {
            // back to the page of the same filter, which says what is wrong with it
            String query = form.query();
            return Response.seeOther(java.net.URI.create("/dpo/journal" + (query.isEmpty() ? "" : "?" + query))).build();
        }
        String fileName = "ieps-journal-audit.csv";
        String query = form.query();
        audit.record(AuditAction.EXPORT_AUDIT, null, null, fileName + (query.isEmpty() ? "" : "?" + query));
        String lang = ui.lang();
        AuditMessages aud = Localizable.bundle(AuditMessages.class, lang);
        StreamingOutput body = out -> {
            try (SheetWriter sheet = SheetWriter.of(ExportFormat.CSV, out, fileName, new ExportLabels(lang))) {
                sheet.header(columns(aud));
                journal.each(criteria, line -> {
                    try {
                        sheet.row(cells(line, aud));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                sheet.finish();
            }
        };
        return Response.ok(body, ExportFormat.CSV.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static List<ExportTable.Column> columns(AuditMessages aud) {
        return List.of(new ExportTable.Column(aud.col_when(), ExportTable.Kind.TEXT, 20),
                new ExportTable.Column(aud.col_who(), ExportTable.Kind.TEXT, 25),
                new ExportTable.Column(aud.col_subject(), ExportTable.Kind.TEXT, 25),
                new ExportTable.Column(aud.col_roles(), ExportTable.Kind.TEXT, 25),
                new ExportTable.Column(aud.col_what(), ExportTable.Kind.TEXT, 30),
                new ExportTable.Column(aud.col_code(), ExportTable.Kind.TEXT, 20),
                new ExportTable.Column(aud.col_dossier(), ExportTable.Kind.TEXT, 20),
                new ExportTable.Column(aud.col_dossier_id(), ExportTable.Kind.NUMBER, 10),
                new ExportTable.Column(aud.col_document_id(), ExportTable.Kind.NUMBER, 10),
                new ExportTable.Column(aud.col_detail(), ExportTable.Kind.TEXT, 40),
                new ExportTable.Column(aud.col_where(), ExportTable.Kind.TEXT, 16),
                new ExportTable.Column(aud.col_line(), ExportTable.Kind.NUMBER, 10));
    }

    private static List<Object> cells(AuditJournal.Line line, AuditMessages aud) {
        var e = line.event();
        List<Object> cells = new ArrayList<>();
        cells.add(SECONDS.format(e.occurredAt.atZone(AppClock.PARIS)));
        cells.add(e.actorName);
        cells.add(e.actorSubject);
        cells.add(line.roles().stream().map(aud::role).collect(Collectors.joining(", ")));
        cells.add(e.kind() == null ? e.action : aud.action(e.kind()));
        cells.add(e.action);
        cells.add(line.reference() != null ? line.reference() : line.purged() ? aud.dossier_purged() : null);
        cells.add(e.applicationId);
        cells.add(e.documentId);
        cells.add(e.detail);
        cells.add(line.address() != null ? line.address() : aud.address_forgotten());
        cells.add(e.chainSeq);
        return cells;
    }
}

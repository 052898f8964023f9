package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.PiecesGuide;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.kernel.Localizable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The admin's checklist as the public "how to apply" page lists it: per level, per route, with formats and sizes. */
@ApplicationScoped
public class ChecklistGuide implements PiecesGuide {

    @Override
    public List<LevelPieces> levels(String lang) {
        DocumentMessages texts = Localizable.bundle(DocumentMessages.class, lang);
        List<ChecklistItem> items = ChecklistItem.all();
        List<LevelPieces> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            List<Route> routes = new ArrayList<>();
            for (ChecklistRoute route : ChecklistRoute.values()) {
                List<Piece> pieces = items.stream()
                        .filter(i -> i.level == level && i.route.equals(route.name()))
                        .sorted(Comparator.comparingInt((ChecklistItem i) -> i.type.position).thenComparing(i -> i.type.id))
                        .map(i -> piece(i, texts, lang)).toList();
                if (!pieces.isEmpty()) {
                    routes.add(new Route(route.name(), route.text(lang), pieces));
                }
            }
            if (!routes.isEmpty()) {
                levels.add(new LevelPieces(level, routes));
            }
        }
        return levels;
    }

    private static Piece piece(ChecklistItem item, DocumentMessages texts, String lang) {
        DocumentType type = item.type;
        return new Piece(type.code, type.label(lang), type.help(lang), item.requirement.name(), texts.req(item.requirement),
                type.formatsText(), type.maxSizeMb, type.hasTemplate() ? TemplateFiles.url(type) : null);
    }
}

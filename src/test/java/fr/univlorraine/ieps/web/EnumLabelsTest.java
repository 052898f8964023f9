package fr.univlorraine.ieps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.ApplicationMessages;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.campaign.CampaignMessages;
import fr.univlorraine.ieps.campaign.Level;
import io.quarkus.qute.Engine;
import io.quarkus.qute.NamespaceResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The labels of enum constants on pages are read once per language from their bundle, then kept. */
@QuarkusTest
class EnumLabelsTest {

    @Inject
    Engine engine;

    private Map<String, List<NamespaceResolver>> byNamespace() {
        return engine.getNamespaceResolvers().stream().collect(Collectors.groupingBy(NamespaceResolver::getNamespace));
    }

    private EnumLabels.Cache cache(String namespace) {
        return byNamespace().get(namespace).stream().filter(EnumLabels.Cache.class::isInstance)
                .map(EnumLabels.Cache.class::cast).findFirst().orElseThrow(() -> new AssertionError("no cache for " + namespace));
    }

    @Test
    void theCacheIsAskedBeforeTheBundleOfEveryNamespaceWithEnumMessages() {
        for (String namespace : List.of("cand", "camp", "srch", "dec", "doc", "form")) {
            List<NamespaceResolver> resolvers = byNamespace().get(namespace);
            assertEquals(2, resolvers.size(), namespace + ": " + resolvers);
            assertTrue(cache(namespace).getPriority() > resolvers.stream().filter(r -> !(r instanceof EnumLabels.Cache))
                    .findFirst().orElseThrow().getPriority(), namespace);
        }
        var cand = cache("cand").messages();
        assertTrue(cand.containsAll(List.of("status", "route", "transition")), "kept: " + cand);
    }

    @Test
    void aConstantReadsAsItsBundleSaysInEachLanguageAndIsKeptOncePerLanguage() {
        Template page = engine.parse("{cand:status(s)}|{camp:level(l)}");
        for (String lang : List.of("fr", "en")) {
            ApplicationMessages cand = MessageBundles.get(ApplicationMessages.class, Localized.Literal.of(lang));
            CampaignMessages camp = MessageBundles.get(CampaignMessages.class, Localized.Literal.of(lang));
            for (int time = 0; time < 2; time++) {
                for (ApplicationStatus status : ApplicationStatus.values()) {
                    for (Level level : Level.values()) {
                        String shown = page.data("s", status).data("l", level).setLocale(Locale.forLanguageTag(lang)).render();
                        assertEquals(cand.status(status) + "|" + camp.level(level), shown, lang + " " + status + " " + level);
                    }
                }
            }
        }
        assertNotEquals(MessageBundles.get(ApplicationMessages.class, Localized.Literal.of("fr")).status(ApplicationStatus.SUBMITTED),
                MessageBundles.get(ApplicationMessages.class, Localized.Literal.of("en")).status(ApplicationStatus.SUBMITTED));
        for (String lang : List.of("fr", "en")) {
            assertEquals(ApplicationStatus.values().length, cache("cand").kept("status", Locale.forLanguageTag(lang)), "each status once in " + lang);
            assertEquals(Level.values().length, cache("camp").kept("level", Locale.forLanguageTag(lang)), "each level once in " + lang);
        }
    }

    @Test
    void aMessageWithAnArgumentOtherThanAConstantIsNotKept() {
        Template page = engine.parse("{srch:found(n)}");
        String one = page.data("n", 1L).setLocale(Locale.FRENCH).render();
        String three = page.data("n", 3L).setLocale(Locale.FRENCH).render();
        assertNotEquals(one, three);
        assertTrue(three.contains("3"), three);
        assertTrue(!cache("srch").messages().contains("found"), "a count is not a constant");
        assertEquals(0, cache("srch").kept("found", Locale.FRENCH));
    }

    @Test
    void aMissingConstantIsLeftToTheBundleAndNotKept() {
        Template page = engine.parse("[{camp:level(l)}]");
        long before = cache("camp").kept("level", Locale.FRENCH);
        // the bundle's own answer to a missing constant, an error (no page passes one), not a kept text
        assertThrows(TemplateException.class, () -> page.data("l", null).setLocale(Locale.FRENCH).render());
        assertEquals(before, cache("camp").kept("level", Locale.FRENCH));
    }
}

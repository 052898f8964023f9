package fr.univlorraine.ieps.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.ApplicationMessages;
import fr.univlorraine.ieps.application.SubmissionMessages;
import fr.univlorraine.ieps.campaign.CampaignMessages;
import fr.univlorraine.ieps.decision.DecisionMessages;
import fr.univlorraine.ieps.decision.MotiveMessages;
import fr.univlorraine.ieps.documents.DocumentMessages;
import fr.univlorraine.ieps.export.ExportMessages;
import fr.univlorraine.ieps.enrolment.EnrolmentMessages;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.ranking.DashboardMessages;
import fr.univlorraine.ieps.ranking.RankingMessages;
import fr.univlorraine.ieps.review.ReviewAdminMessages;
import fr.univlorraine.ieps.review.ReviewMessages;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every constant of every enum a bundle localizes has its text, in French and in English. Qute writes the text of a
 * bundle method taking an enum from the keys {@code <method>_<CONSTANT>} of each localized file, and refuses to build
 * when one is missing ("Enum constant message not found in bundle [msg_en] for key: actor_SYSTEM"): this test reads
 * what the build made, so that a text that came out empty, as a key or as NOT_FOUND is caught too.
 */
@QuarkusTest
class LocalizedEnumsTest {

    static final List<Class<?>> BUNDLES = List.of(Messages.class, PublicMessages.class, FormMessages.class,
            CampaignMessages.class, ApplicationMessages.class, DocumentMessages.class, ReviewMessages.class,
            ReviewAdminMessages.class, RankingMessages.class, DashboardMessages.class, DecisionMessages.class,
            MotiveMessages.class, ExportMessages.class, SubmissionMessages.class, EnrolmentMessages.class,
            fr.univlorraine.ieps.workspace.WorkspaceMessages.class,
            fr.univlorraine.ieps.workspace.SearchMessages.class, fr.univlorraine.ieps.workspace.NoteMessages.class,
            fr.univlorraine.ieps.notification.StaffMailMessages.class,
            fr.univlorraine.ieps.application.StaffPreferencesMessages.class,
            fr.univlorraine.ieps.messaging.MessagingMessages.class, fr.univlorraine.ieps.platform.ImportMessages.class,
            fr.univlorraine.ieps.enrolment.ContinuationMessages.class,
            fr.univlorraine.ieps.platform.PlatformMessages.class,
            fr.univlorraine.ieps.application.ChannelMessages.class,
            fr.univlorraine.ieps.platform.PlatformPdfMessages.class,
            fr.univlorraine.ieps.privacy.RightsMessages.class,
            fr.univlorraine.ieps.privacy.AuditMessages.class,
            fr.univlorraine.ieps.privacy.RetentionMessages.class,
            fr.univlorraine.ieps.privacy.RecordsMessages.class);


    @Test
    void everyConstantOfEveryLocalizedEnumHasATextInBothLanguages() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> bundle : BUNDLES) {
            for (Method method : bundle.getMethods()) {
                if (method.getParameterCount() != 1 || !method.getParameterTypes()[0].isEnum()) {
                    continue;
                }
                for (String lang : Ui.LANGUAGES) {
                    Object texts = MessageBundles.get(bundle, Localized.Literal.of(lang));
                    for (Object constant : method.getParameterTypes()[0].getEnumConstants()) {
                        String text = (String) method.invoke(texts, constant);
                        checked++;
                        String name = ((Enum<?>) constant).name();
                        if (text == null || text.isBlank() || text.equals(name) || text.contains("NOT_FOUND")
                                || text.startsWith(method.getName() + "_")) {
                            problems.add(bundle.getSimpleName() + "." + method.getName() + "(" + name + ") in " + lang
                                    + ": \"" + text + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 400, "only " + checked + " texts of enum constants found");
        assertTrue(problems.isEmpty(), "enum constants without a proper text:\n  " + String.join("\n  ", problems));
    }

    @Test
    void aTypedTextIsTheSameThroughItsEnumAndItsBundle() {
        for (String lang : Ui.LANGUAGES) {
            for (Localizable error : FieldError.values()) {
                assertFalse(error.text(lang).isBlank(), error + " in " + lang);
            }
        }
        assertTrue(FieldError.REQUIRED.text("fr").startsWith("Ce champ"), FieldError.REQUIRED.text("fr"));
        assertTrue(FieldError.REQUIRED.text("en").startsWith("This field"), FieldError.REQUIRED.text("en"));
    }
}

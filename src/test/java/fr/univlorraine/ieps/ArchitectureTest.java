package fr.univlorraine.ieps;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The order of the packages, so that a dependency cycle fails the build the day it appears.
 *
 * <p>Bottom to top: the shared kernel (clock, actor, rule violation); the infrastructure, which knows no
 * feature (security; then web, audit, notification and jobs beside each other); then the features as floors, each
 * using only the floors below it: campaign, application, documents, messaging, review, ranking, enrolment (the sheet a
 * candidate fills once they accepted, which the decision pages remind of and the secretariat's exports read), decision,
 * export, the staff's workspace (the staff dossier page, committee mode, search, notes, labels), and the admin's
 * operations pages on top. A
 * lower feature that must react to a higher one observes a CDI event or declares an interface the higher one
 * implements ({@code campaign.TakenPlaces}, {@code application.SubmissionCheck}); it never imports it.
 * Resources are entry points: nothing but the resource itself uses it. Production classes only.
 */
class ArchitectureTest {

    private static final String BASE = "fr.univlorraine.ieps";

    /** The features, lowest first: each may use the ones before it, never the ones after it. */
    static final List<String> FEATURES = List.of("campaign", "application", "documents", "messaging", "review", "ranking",
            "enrolment", "decision", "export", "platform", "workspace", "operations", "privacy");

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(BASE);
    }

    @Test
    void packagesAreFloorsThatOnlyUseTheFloorsBelow() {
        LayeredArchitecture layers = layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage(BASE + "..")
                .ensureAllClassesAreContainedInArchitecture()
                .layer("kernel").definedBy(pkg("kernel"))
                .layer("security").definedBy(pkg("security"))
                .layer("web").definedBy(pkg("web"))
                .layer("audit").definedBy(pkg("audit"))
                .layer("notification").definedBy(pkg("notification"))
                .layer("jobs").definedBy(pkg("jobs"));
        for (String feature : FEATURES) {
            layers = layers.layer(feature).definedBy(pkg(feature));
        }
        layers = layers
                .whereLayer("kernel").mayNotAccessAnyLayer()
                .whereLayer("security").mayOnlyAccessLayers("kernel")
                .whereLayer("web").mayOnlyAccessLayers("kernel", "security")
                .whereLayer("audit").mayOnlyAccessLayers("kernel", "security")
                .whereLayer("notification").mayOnlyAccessLayers("kernel")
                .whereLayer("jobs").mayOnlyAccessLayers("kernel");
        List<String> below = new ArrayList<>(List.of("kernel", "security", "web", "audit", "notification", "jobs"));
        for (String feature : FEATURES) {
            layers = layers.whereLayer(feature).mayOnlyAccessLayers(below.toArray(String[]::new));
            below.add(feature);
        }
        layers.check(classes);
    }

    @Test
    void lowerFeaturesNeverUseHigherOnes() {
        // the same order as above, feature by feature: the failure names the two floors
        for (int i = 0; i < FEATURES.size() - 1; i++) {
            String[] higher = FEATURES.subList(i + 1, FEATURES.size()).stream().map(ArchitectureTest::pkg)
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(pkg(FEATURES.get(i)))
                    .should().dependOnClassesThat().resideInAnyPackage(higher)
                    .because(FEATURES.get(i) + " is below " + String.join(", ", FEATURES.subList(i + 1, FEATURES.size())))
                    .check(classes);
        }
    }

    @Test
    void kernelAndInfrastructureUseNoFeature() {
        String[] features = FEATURES.stream().map(ArchitectureTest::pkg).toArray(String[]::new);
        noClasses().that().resideInAPackage(pkg("kernel"))
                .should().dependOnClassesThat(resideInAPackage(BASE + "..").and(resideOutsideOfPackage(pkg("kernel"))))
                .because("the kernel sits under everything")
                .check(classes);
        noClasses().that().resideInAnyPackage(pkg("security"), pkg("web"), pkg("audit"), pkg("notification"), pkg("jobs"))
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .because("infrastructure serves every feature and knows none")
                .check(classes);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noResourceUsesAnotherResource() {
        classes().that(isPartOfAResource()).should(notDependOnAnotherResource())
                .because("resources are thin entry points: what two of them share lives in a service or a helper")
                .check(classes);
    }

    @Test
    void onlyAResourceItselfUsesIt() {
        classes().should(notDependOnAnotherResource())
                .because("a service or helper never reaches into a resource: the resource calls it, not the other way")
                .check(classes);
    }

    private static String pkg(String name) {
        return BASE + "." + name + "..";
    }

    /** The top-level class: a resource's nested {@code Templates} or form record belongs to it. */
    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass c = javaClass.getBaseComponentType();
        while (c.getEnclosingClass().isPresent()) {
            c = c.getEnclosingClass().get();
        }
        return c;
    }

    /** A JAX-RS resource of the app: named {@code *Resource} or {@code *Api}, or with a class-level {@code @Path}. */
    private static boolean isResource(JavaClass javaClass) {
        JavaClass c = topLevel(javaClass);
        return c.getPackageName().startsWith(BASE) && (c.getSimpleName().endsWith("Resource")
                || c.getSimpleName().endsWith("Api") || c.isAnnotatedWith(jakarta.ws.rs.Path.class));
    }

    private static DescribedPredicate<JavaClass> isPartOfAResource() {
        return DescribedPredicate.describe("are resources (*Resource, *Api) or nested in one",
                ArchitectureTest::isResource);
    }

    private static ArchCondition<JavaClass> notDependOnAnotherResource() {
        return new ArchCondition<>("not depend on another resource") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                JavaClass self = topLevel(item);
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = topLevel(dependency.getTargetClass());
                    if (!target.equals(self) && isResource(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}

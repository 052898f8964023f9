package fr.univlorraine.ieps.it;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * JUnit extension of the browser tests: starts the real stack, gives each test fresh browsers
 * ({@code Browsers} parameter), keeps a screenshot and the HTML of every open browser when a test fails,
 * and closes them. Without Chromium the tests are skipped loudly, unless CI=true, where it is a failure.
 */
final class RealBrowser implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    /** The browsers a test opened (a candidate and a staff member may need one each). */
    static final class Browsers {
        private final List<Browser> open = new ArrayList<>();

        Browser open() throws Exception {
            Browser browser = new Browser(RealStack.get().app.base);
            open.add(browser);
            return browser;
        }
    }

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(RealBrowser.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        requireChromium();
        RealStack.get();
    }

    static void requireChromium() {
        if (Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER)) {
            return;
        }
        String message = "Browser tests need Chromium and chromedriver at " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                + ". Install them with: sudo apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and " + message);
        }
        System.err.println("\n" + "!".repeat(100) + "\n!! SKIPPED: browser tests. " + message + "\n" + "!".repeat(100) + "\n");
        throw new TestAbortedException("SKIPPED (no Chromium): " + message);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browsers.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NS).getOrComputeIfAbsent("browsers", k -> new Browsers(), Browsers.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browsers browsers = context.getStore(NS).get("browsers", Browsers.class);
        if (browsers != null && context.getExecutionException().isPresent()) {
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", "");
            for (int i = 0; i < browsers.open.size(); i++) {
                browsers.open.get(i).keepEvidence(name + "-" + (i + 1));
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Browsers browsers = context.getStore(NS).remove("browsers", Browsers.class);
        if (browsers != null) {
            for (Browser browser : browsers.open) {
                browser.close();
            }
        }
    }
}

package fr.univlorraine.ieps.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Pictures of pages for a person to look at, taken from inside a {@code @QuarkusTest}: the page's HTML as
 * the test received it (so {@code @TestSecurity} users work), shown by headless Chromium with the
 * running test server's styles. Off unless the build runs with {@code -Dscreens=true}; pictures go to
 * {@code target/screens/}.
 */
public final class Screenshots {

    private static final Path DIR = Path.of("target/screens");
    private static final String CHROMIUM = "/usr/bin/chromium";

    private Screenshots() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean("screens") && Files.isExecutable(Path.of(CHROMIUM));
    }

    /** Takes {@code target/screens/<name>.png} of this HTML, 1280 pixels wide, {@code height} tall. */
    public static void take(String name, String html, int height) {
        take(name, html, 1280, height);
    }

    /** The same at another width: 390 for a phone. */
    public static void take(String name, String html, int width, int height) {
        if (!enabled()) {
            return;
        }
        int port = io.restassured.RestAssured.port; // the running test server, as @QuarkusTest set it
        String based = html.replaceFirst("(?i)<head>", "<head><base href=\"http://127.0.0.1:" + port + "/\">");
        try {
            Files.createDirectories(DIR);
            Path page = DIR.resolve(name + ".html").toAbsolutePath();
            Files.writeString(page, based, StandardCharsets.UTF_8);
            Path png = DIR.resolve(name + ".png").toAbsolutePath();
            Process chromium = new ProcessBuilder(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png, page.toUri().toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package fr.univlorraine.ieps.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a start-up's time went, read from a JDK Flight Recorder file of one start (recorded with
 * {@link #JVM_OPTIONS}, up to the moment the app answered ready): the main thread's time spent loading
 * classes (the union of its ClassLoad intervals, nested loads counted once), its samples by Quarkus start-up
 * step and by our own start-up observers, the JIT compilers' time, and the GC pauses. The recorder costs
 * start-up time itself, so this start is an extra one, not the one whose duration the report gives.
 */
final class StartupProfile {

    /** JFR's "profile" settings, plus every class load with its duration and every compilation. */
    static final String JVM_OPTIONS = "-XX:StartFlightRecording=settings=profile,jdk.ExecutionSample#period=10ms,"
            + "jdk.ClassLoad#enabled=true,jdk.ClassLoad#threshold=0ms,jdk.Compilation#threshold=0ms,dumponexit=true,filename=";
    private static final double SAMPLE_PERIOD_MS = 10;

    /** A Quarkus start-up step as recorded in the generated main: {@code io.quarkus.runner.recorded.XProcessor$step123.deploy}. */
    private static final Pattern STEP = Pattern.compile("io\\.quarkus\\.runner\\.recorded\\.(\\w+)\\$([a-zA-Z]+)\\d*");
    private static final String APP = "fr.univlorraine.ieps.";

    private final Instant readyAt;
    private Instant start;
    private final List<Instant[]> mainClassLoads = new ArrayList<>();
    private int mainClasses;
    private int otherClasses;
    private int mainSamples;
    private final Map<String, Integer> samplesByStep = new HashMap<>();
    private final Map<String, Duration> compilation = new LinkedHashMap<>();
    private Duration gcPauses = Duration.ZERO;

    private StartupProfile(Instant readyAt) {
        this.readyAt = readyAt;
    }

    /** Reads the recording; only the events before {@code readyAt} (the first 200 from /q/health/ready) count. */
    static StartupProfile read(Path jfr, Instant readyAt) throws IOException {
        var profile = new StartupProfile(readyAt);
        try (var file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                profile.add(file.readEvent());
            }
        }
        return profile;
    }

    private void add(RecordedEvent event) {
        if (start == null || event.getStartTime().isBefore(start)) {
            start = event.getStartTime();
        }
        if (event.getStartTime().isAfter(readyAt)) {
            return;
        }
        String type = event.getEventType().getName();
        switch (type) {
            case "jdk.ClassLoad" -> {
                if (isMain(event.getThread())) {
                    mainClasses++;
                    mainClassLoads.add(new Instant[] {event.getStartTime(), event.getEndTime()});
                } else {
                    otherClasses++;
                }
            }
            case "jdk.ExecutionSample" -> {
                if (isMain(event.getThread("sampledThread"))) {
                    mainSamples++;
                    samplesByStep.merge(step(event.getStackTrace().getFrames()), 1, Integer::sum);
                }
            }
            case "jdk.Compilation" -> compilation.merge(event.getInt("compileLevel") == 4 ? "C2" : "C1",
                    event.getDuration(), Duration::plus);
            case "jdk.GCPhasePause" -> gcPauses = gcPauses.plus(event.getDuration());
            default -> { }
        }
    }

    /** The outermost Quarkus step of a sample, or our own start-up observer when the sample is in one. */
    private static String step(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {  // innermost first: our observer wins over the step that fired it
            String type = frame.getMethod().getType().getName();
            if (type.startsWith(APP) && frame.getMethod().getName().equals("onStart")) {
                return "our start-up observer " + type.substring(APP.length()).replace("_Subclass", "");
            }
        }
        String step = "other (JVM and Quarkus bootstrap, class initialisation)";
        for (int i = frames.size() - 1; i >= 0; i--) {  // outermost first
            Matcher m = STEP.matcher(frames.get(i).getMethod().getType().getName());
            if (m.lookingAt()) {
                step = m.group(1) + " " + m.group(2);
                break;
            }
        }
        return step;
    }

    private static boolean isMain(RecordedThread thread) {
        return thread != null && "main".equals(thread.getJavaName());
    }

    /** The time of the main thread inside class loading: overlapping (nested) loads counted once. */
    Duration mainClassLoading() {
        mainClassLoads.sort(Comparator.comparing(i -> i[0]));
        Duration total = Duration.ZERO;
        Instant from = null;
        Instant to = null;
        for (Instant[] load : mainClassLoads) {
            if (to == null || load[0].isAfter(to)) {
                if (to != null) {
                    total = total.plus(Duration.between(from, to));
                }
                from = load[0];
                to = load[1];
            } else if (load[1].isAfter(to)) {
                to = load[1];
            }
        }
        return to == null ? total : total.plus(Duration.between(from, to));
    }

    /** Markdown lines for the report. */
    List<String> lines() {
        var lines = new ArrayList<String>();
        Duration toReady = Duration.between(start, readyAt);
        lines.add(format("Where the start-up's time went (an extra start with JDK Flight Recorder, %.2f s from the"
                + " recording's start to ready, slower than the measured starts by the recorder's own cost):",
                seconds(toReady)));
        lines.add(format("- main thread loading classes: %.2f s for %,d classes (other threads: %,d classes);",
                seconds(mainClassLoading()), mainClasses, otherClasses));
        lines.add(format("- main thread running Java code: %d samples, about %.2f s (one sample per %.0f ms of running"
                + " code; waits, I/O and class loading inside the JVM are not sampled);", mainSamples,
                mainSamples * SAMPLE_PERIOD_MS / 1000, SAMPLE_PERIOD_MS));
        compilation.forEach((compiler, time) -> lines.add(format("- JIT compiler %s: %.2f s of compilations, in its own"
                + " thread (on 2 cores it competes with the main thread);", compiler, seconds(time))));
        lines.add(format("- GC pauses: %.2f s.", seconds(gcPauses)));
        lines.add("");
        lines.add("| Main thread's samples by start-up step | Samples | Share |");
        lines.add("|---|---:|---:|");
        samplesByStep.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> lines.add(format("| %s | %d | %.0f %% |", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / Math.max(1, mainSamples))));
        return lines;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** For a recording made by hand: {@code StartupProfile file.jfr 2026-12-06T11:30:05Z} (the ready instant). */
    public static void main(String[] args) throws IOException {
        read(Path.of(args[0]), Instant.parse(args[1])).lines().forEach(System.out::println);
    }
}

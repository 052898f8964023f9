package fr.univlorraine.ieps.bench;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Keeps a run honest and bounded: one run at a time, a time limit, a word when the machine is busy. */
final class RunGuard {

    private static FileChannel lockFile;  // referenced, so that it stays open (and locked) until the JVM exits

    private RunGuard() {
    }

    /**
     * Two runs at once would share their logs and results, and each would measure the other's load.
     * (A second run's Maven build still rewrites target/bench/build: start one run at a time.)
     */
    static void lockOrFail(Path out) throws IOException {
        Files.createDirectories(out);
        lockFile = FileChannel.open(out.resolve("bench.lock"), CREATE, WRITE);
        if (lockFile.tryLock() == null) {
            throw new IllegalStateException("Another benchmark is running in " + out + ": wait for it to end.");
        }
    }

    /** Other work on the machine slows the app and the client down: say so before measuring. */
    static void warnIfBusy() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os.getSystemLoadAverage() > 0.5 * os.getAvailableProcessors()) {
            Benchmark.log("!!! The machine is busy (load average %.1f on %d cores): expect pessimistic numbers.",
                    os.getSystemLoadAverage(), os.getAvailableProcessors());
        }
    }

    /** Bounds the whole run: past the timeout, exit; the shutdown hooks kill the app. */
    static void startWatchdog(Duration timeout) {
        var watchdog = new Thread(() -> {
            try {
                Thread.sleep(timeout.toMillis());
                Benchmark.log("!!! Timeout: the benchmark took more than %d s, stopping.", timeout.toSeconds());
                System.exit(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}

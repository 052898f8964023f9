package fr.univlorraine.ieps.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a scenario with a fixed number of virtual users, each a thread that sends its next request
 * as soon as the previous answer is read (closed loop, keep-alive HTTP/1.1 connections, no cookies
 * kept: every request is a first visit, the dearest case for the app). Only the requests started
 * after the warm-up are measured.
 * <p>
 * The users send with the JDK's blocking {@link HttpURLConnection}, each on its own thread, and the run reports the CPU
 * this client used per request. The client shares the app's two cores, which the staff's browsers do not: the JDK's
 * asynchronous {@code HttpClient}, used before, took about 1.2 ms of CPU a request (as much as PostgreSQL), hand-offs
 * between its threads included; this client takes about 0.4 ms. The pom keeps a connection per user
 * ({@code http.maxConnections}).
 */
final class LoadRunner {

    private static final int MAX_SAMPLES_PER_USER = 2_000_000;  // bounds the memory of a very long run
    private static final Duration SLICE = Duration.ofSeconds(5);
    private static final int JIT_QUIET_PERCENT = 2;
    private static final double JIT_QUIET = JIT_QUIET_PERCENT / 100.0;

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final int users;
    private final CpuMeter cpu;

    /** {@code cpu} reads the CPU time used so far by the app's process, and by its JIT compiler. */
    LoadRunner(int users, CpuMeter cpu) {
        this.users = users;
        this.cpu = cpu;
    }

    /** A slice of the warm-up: its requests/s, and the share of the app's CPU its JIT compiler took (NaN: unknown). */
    record Slice(double perSecond, double jitShare) {

        boolean quiet() {
            return jitShare < JIT_QUIET;
        }
    }

    /**
     * Warms the app up with all scenarios mixed, 5 s at a time, until its JIT compiler is done: twice in a row, the
     * compiler's threads took less than {@value #JIT_QUIET_PERCENT} % of the app's CPU. A fresh JVM runs its code
     * interpreted at first, then compiled quickly with profiling, then compiled again for good; on 2 cores the compiler
     * competes with the load, and it takes tens of thousands of requests (minutes) to be done: until then the same
     * page costs up to five times its CPU, and a measure depends on when it starts (a server in season runs warm).
     * Where the compiler's CPU cannot be read, the warm-up stops once the throughput stops growing (twice in a row
     * less than 10 % over the previous slice). Either way it stops at {@code max}. Returns the slices.
     */
    List<Slice> warmUp(List<Scenario> scenarios, Duration max) throws InterruptedException {
        var mix = new Scenario("warm-up",
                () -> scenarios.get(ThreadLocalRandom.current().nextInt(scenarios.size())).next().get());
        var slices = new ArrayList<Slice>();
        for (Duration spent = Duration.ZERO; spent.compareTo(max) < 0; spent = spent.plus(SLICE)) {
            Result slice = run(mix, Duration.ZERO, SLICE);
            slices.add(new Slice(slice.perSecond(), slice.jitShare()));
            int n = slices.size();
            if (n < 3) {
                continue;
            }
            Slice last = slices.get(n - 1), before = slices.get(n - 2), first = slices.get(n - 3);
            boolean done = Double.isNaN(last.jitShare())
                    ? last.perSecond() < 1.1 * before.perSecond() && before.perSecond() < 1.1 * first.perSecond()
                    : last.quiet() && before.quiet();
            if (done) {
                break;
            }
        }
        return slices;
    }

    /**
     * Measures a scenario on its own, for {@code duration}. It is first warmed up alone, as {@link #warmUp} does (at
     * most {@code warmupMax}): once the load is a single page, the JIT compiles some of its code again, for that page's
     * calls alone; then {@code warmup} more, whose requests are not measured either.
     */
    Result measure(Scenario scenario, Duration warmup, Duration duration, Duration warmupMax)
            throws InterruptedException {
        List<Slice> alone = warmUp(List.of(scenario), warmupMax);
        Benchmark.log("        warmed up alone for %d s: %s", 5 * alone.size(), Report.rates(alone));
        return run(scenario, warmup, duration);
    }

    Result run(Scenario scenario, Duration warmup, Duration duration) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        var team = new ArrayList<User>();
        for (int i = 0; i < users; i++) {
            var user = new User(scenario, measureFrom, end);
            user.setName("user-" + i);
            user.setDaemon(true);
            team.add(user);
            user.start();
        }
        sleepUntil(measureFrom);
        Duration cpuBefore = cpu.app();
        Optional<Duration> jitBefore = cpu.jit();
        long clientCpuBefore = OS.getProcessCpuTime();
        sleepUntil(end);
        Duration appCpu = cpu.app().minus(cpuBefore);
        Duration jitCpu = jitBefore.flatMap(before -> cpu.jit().map(now -> now.minus(before))).orElse(null);
        Duration clientCpu = Duration.ofNanos(OS.getProcessCpuTime() - clientCpuBefore);
        long lastEnd = measureFrom;
        long requests = 0, errors = 0, bytes = 0;
        var samples = new ArrayList<String>();
        var all = new long[0];
        for (User user : team) {
            user.join();  // a request ends within its 10 s timeout after the end of the run
            lastEnd = Math.max(lastEnd, user.lastEnd);
            requests += user.count;
            errors += user.errors;
            bytes += user.bytes;
            user.samples.stream().limit(5 - samples.size()).forEach(samples::add);
            int offset = all.length;
            all = Arrays.copyOf(all, offset + user.count);
            System.arraycopy(user.micros, 0, all, offset, user.count);
        }
        Arrays.sort(all);
        return new Result(scenario.name(), requests, errors, Duration.ofNanos(lastEnd - measureFrom), all, bytes,
                appCpu, jitCpu, clientCpu, samples);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    /** A virtual user: one request at a time, no think time. */
    private final class User extends Thread {
        private final Scenario scenario;
        private final long measureFrom;
        private final long end;
        private long[] micros = new long[4096];
        private int count;
        private long errors;
        private long bytes;
        private long lastEnd;
        private final List<String> samples = new ArrayList<>();
        User(Scenario scenario, long measureFrom, long end) {
            this.scenario = scenario;
            this.measureFrom = measureFrom;
            this.end = end;
        }

        @Override
        public void run() {
            long start;
            while ((start = System.nanoTime()) < end && count < MAX_SAMPLES_PER_USER) {
                HttpRequest request = scenario.next().get();
                String failure = null;
                long size = 0;
                try {
                    HttpURLConnection connection = open(request);
                    int status = connection.getResponseCode();
                    InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
                    if (body != null) {
                        try (body) {  // read to the end and closed: the connection goes back for the next request
                            size = body.transferTo(OutputStream.nullOutputStream());
                        }
                    }
                    if (status != 200) {
                        failure = "HTTP " + status;
                    }
                } catch (IOException e) {
                    failure = e.toString();
                }
                long stop = System.nanoTime();
                if (start >= measureFrom) {
                    record(stop - start, size, stop, failure == null ? null : failure + " on " + request.uri());
                }
            }
        }

        /** The scenario's GET, with its headers; redirects are not followed (a redirect is an answer to count). */
        private static HttpURLConnection open(HttpRequest request) throws IOException {
            if (!request.method().equals("GET")) {
                throw new IllegalArgumentException("a scenario sends GET requests only: " + request);
            }
            var connection = (HttpURLConnection) request.uri().toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout((int) request.timeout().orElse(READ_TIMEOUT).toMillis());
            request.headers().map().forEach((name, values) -> values.forEach(v -> connection.addRequestProperty(name, v)));
            return connection;
        }

        private void record(long nanos, long size, long stop, String failure) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = nanos / 1000;
            bytes += size;
            lastEnd = stop;
            if (failure != null) {
                errors++;
                if (samples.size() < 5) {
                    samples.add(failure);
                }
            }
        }
    }
}

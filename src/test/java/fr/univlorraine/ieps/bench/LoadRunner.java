package fr.univlorraine.ieps.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a scenario with a fixed number of virtual users, each a thread that sends its next request
 * as soon as the previous answer is read (closed loop, keep-alive HTTP/1.1 connections, no cookies
 * kept: every request is a first visit, the dearest case for the app). Only the requests started
 * after the warm-up are measured.
 */
final class LoadRunner {

    private static final int MAX_SAMPLES_PER_USER = 2_000_000;  // bounds the memory of a very long run
    private static final Duration SLICE = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int users;
    private final Supplier<Duration> appCpu;

    /** {@code appCpu} reads the CPU time used so far by the app's process. */
    LoadRunner(int users, Supplier<Duration> appCpu) {
        this.users = users;
        this.appCpu = appCpu;
    }

    /**
     * Warms the app up with all scenarios mixed, 5 s at a time, until the throughput stops growing
     * (twice in a row less than 10 % over the previous slice) or {@code max} has passed. A fresh JVM
     * runs its code interpreted at first, and on 2 cores the JIT compiler competes with the load:
     * pages start out many times slower than they end up. Returns the requests/s of each slice.
     */
    List<Double> warmUp(List<Scenario> scenarios, Duration max) throws InterruptedException {
        var mix = new Scenario("warm-up",
                () -> scenarios.get(ThreadLocalRandom.current().nextInt(scenarios.size())).next().get());
        var rates = new ArrayList<Double>();
        for (Duration spent = Duration.ZERO; spent.compareTo(max) < 0; spent = spent.plus(SLICE)) {
            rates.add(run(mix, Duration.ZERO, SLICE).perSecond());
            int n = rates.size();
            if (n >= 3 && rates.get(n - 1) < 1.1 * rates.get(n - 2) && rates.get(n - 2) < 1.1 * rates.get(n - 3)) {
                break;
            }
        }
        return rates;
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
        Duration cpuBefore = appCpu.get();
        sleepUntil(end);
        Duration cpu = appCpu.get().minus(cpuBefore);
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
        return new Result(scenario.name(), requests, errors, Duration.ofNanos(lastEnd - measureFrom), all, bytes, cpu,
                samples);
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
                    HttpResponse<byte[]> response = client.send(request, BodyHandlers.ofByteArray());
                    size = response.body().length;
                    if (response.statusCode() != 200) {
                        failure = "HTTP " + response.statusCode();
                    }
                } catch (IOException e) {
                    failure = e.toString();
                } catch (InterruptedException e) {
                    return;
                }
                long stop = System.nanoTime();
                if (start >= measureFrom) {
                    record(stop - start, size, stop, failure == null ? null : failure + " on " + request.uri());
                }
            }
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

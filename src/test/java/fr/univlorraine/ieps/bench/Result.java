package fr.univlorraine.ieps.bench;

import java.time.Duration;
import java.util.List;

/**
 * What one scenario measured: the requests started in the measured window, how long they took (in
 * microseconds, sorted), the bytes received, and the CPU time the app, its JIT compiler (null: unknown) and the load
 * client used meanwhile.
 */
record Result(String scenario, long requests, long errors, Duration measured, long[] micros, long bytes,
        Duration appCpu, Duration jitCpu, Duration clientCpu, List<String> errorSamples) {

    double perSecond() {
        return requests == 0 ? 0 : requests / (measured.toNanos() / 1e9);
    }

    /** Nearest-rank percentile, in milliseconds. */
    double millis(double percentile) {
        if (micros.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100 * micros.length);
        return micros[Math.max(0, rank - 1)] / 1000.0;
    }

    long bytesPerResponse() {
        return requests == 0 ? 0 : bytes / requests;
    }

    /** CPU time the app spent per request, whatever else the machine was doing meanwhile. */
    double appCpuMillisPerRequest() {
        return requests == 0 ? Double.NaN : appCpu.toNanos() / 1e6 / requests;
    }

    /**
     * The share of the app's CPU that its JIT compiler took meanwhile (NaN: unknown). Near zero, the app ran its code
     * compiled for good; much above, it was still warming up and the measure is worse than the app's steady state.
     */
    double jitShare() {
        return jitCpu == null || appCpu.isZero() ? Double.NaN : (double) jitCpu.toNanos() / appCpu.toNanos();
    }

    /** CPU time the load client (this JVM) spent per request: taken from the cores the app runs on. */
    double clientCpuMillisPerRequest() {
        return requests == 0 ? Double.NaN : clientCpu.toNanos() / 1e6 / requests;
    }
}

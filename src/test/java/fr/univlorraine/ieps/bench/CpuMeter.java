package fr.univlorraine.ieps.bench;

import java.time.Duration;
import java.util.Optional;

/** The CPU time the app's process has used so far: in all, and by its JIT compiler's threads when that can be read. */
interface CpuMeter {

    /** All the app's threads. */
    Duration app();

    /** The JIT compiler's threads (C1 and C2); empty where the machine does not say (no {@code /proc}). */
    Optional<Duration> jit();
}

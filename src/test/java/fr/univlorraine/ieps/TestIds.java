package fr.univlorraine.ieps;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names and numbers that tests make up so that their data never meets another test's. They come from
 * random numbers, never from a clock: the digits of System.nanoTime() depend on how long
 * the machine has been up (19 digits after a quarter of an hour, fewer on a machine booted minutes ago).
 */
public final class TestIds {

    private TestIds() {}

    /** The prefix followed by 12 random hexadecimal digits: always the same length, unique in practice. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A random number of exactly {@code digits} decimal digits (1 to 9), leading zeros included. */
    public static String digits(int digits) {
        if (digits < 1 || digits > 9) {
            throw new IllegalArgumentException("1 to 9 digits");
        }
        int bound = (int) Math.pow(10, digits);
        return String.format("%0" + digits + "d", ThreadLocalRandom.current().nextInt(bound));
    }
}

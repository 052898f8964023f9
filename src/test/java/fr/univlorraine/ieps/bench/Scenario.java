package fr.univlorraine.ieps.bench;

import java.net.http.HttpRequest;
import java.util.function.Supplier;

/**
 * A named HTTP scenario of the benchmark. {@code next} gives the request a virtual user sends
 * next; it is called from all virtual users at once, so it must be thread-safe. Every response
 * is expected to be 200 OK: anything else counts as an error.
 */
record Scenario(String name, Supplier<HttpRequest> next) {
}

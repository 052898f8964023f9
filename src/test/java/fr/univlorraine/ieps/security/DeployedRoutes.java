package fr.univlorraine.ieps.security;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The state-changing routes of the deployed app, read from its OpenAPI document, so that the tests that walk them (forged
 * requests, the DPO who changes nothing) cover a new route the day it appears. Call from a running {@code @QuarkusTest}.
 */
public final class DeployedRoutes {

    private static final Set<String> UNSAFE = Set.of("post", "put", "delete", "patch");

    private DeployedRoutes() {
    }

    /** A route as the deployed app describes it, and the content type its body is read as. */
    public record Route(String method, String template, String consumes) {

        /** The path with its ids set to 1. */
        public String path() {
            return path("1");
        }

        /** The path with a level, a piece's code, a language, and {@code id} for every other parameter. */
        public String path(String id) {
            return template.replace("{level}", "M1").replace("{code}", "CV").replace("{lang}", "fr")
                    .replaceAll("\\{[^}]+}", id);
        }

        public boolean api() {
            return template.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }
    }

    /** Every POST, PUT, DELETE and PATCH route of the deployed app. */
    public static List<Route> stateChanging() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<Route> routes = new ArrayList<>();
        paths.forEach((template, operations) -> operations.forEach((method, operation) -> {
            if (UNSAFE.contains(method)) {
                Object body = ((Map<?, ?>) operation).get("requestBody");
                Object content = body instanceof Map<?, ?> b ? b.get("content") : null;
                String consumes = content instanceof Map<?, ?> c && !c.isEmpty() ? c.keySet().iterator().next().toString()
                        : "application/x-www-form-urlencoded";
                routes.add(new Route(method, template, consumes));
            }
        }));
        return routes;
    }
}

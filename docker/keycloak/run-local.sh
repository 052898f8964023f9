#!/usr/bin/env bash
# A real Keycloak without Docker, for local runs and tests: fetches the Keycloak distribution from Maven
# Central through the Maven wrapper (cached in ~/.m2), unpacks it under target/keycloak, imports the realm
# "ieps" (and, unless IEPS_KEYCLOAK_DEMO_USERS=false, the demo staff users), listens on 127.0.0.1:8180 and
# stops cleanly on Ctrl-C.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="${KEYCLOAK_VERSION:-26.5.6}"
port="${KEYCLOAK_PORT:-8180}"
work="$root/target/keycloak"
dist="$work/keycloak-$version"

if [ ! -x "$dist/bin/kc.sh" ]; then
  echo "Fetching Keycloak $version from Maven Central..."
  "$root/mvnw" -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" \
    -DoutputDirectory="$work"
  unzip -q -o "$work/keycloak-quarkus-dist-$version.zip" -d "$work"
fi

# a fresh import each time: the realm files are the source of truth
rm -rf "$dist/data"
mkdir -p "$dist/data/import"
cp "$here/realm-ieps.json" "$dist/data/import/ieps-realm.json"
if [ "${IEPS_KEYCLOAK_DEMO_USERS:-true}" = "true" ]; then
  cp "$here/ieps-users-0.json" "$dist/data/import/ieps-users-0.json"
fi

# local use: no e-mail to confirm (the production realm settings, docker/compose.yml, ask for it)
export IEPS_KEYCLOAK_VERIFY_EMAIL="${IEPS_KEYCLOAK_VERIFY_EMAIL:-false}"
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
"$dist/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" --import-realm \
  --health-enabled=true --http-management-port="$((port + 820))" &
pid=$!
stop() {
  trap - INT TERM EXIT
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
trap stop INT TERM EXIT

for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$((port + 820))/health/ready" > /dev/null; then
    echo "Keycloak is ready: http://127.0.0.1:$port/realms/ieps (admin console: admin / admin)"
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "Keycloak stopped before it was ready" >&2
    exit 1
  fi
  sleep 1
done
wait "$pid"

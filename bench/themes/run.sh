#!/usr/bin/env bash
# Measures the feedback module's theme finder (Carrot2 STC) on the UCI Sentiment Labelled
# Sentences shipped in the npm package sentiment@5.0.2, labelled by the site each review
# sentence comes from (Amazon products, IMDb films, Yelp restaurants), and writes the result
# to bench/results/<date>-themes-sentiment-domains.md. Needs npm (for `npm pack`) and a JDK.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent sentiment@5.0.2 >/dev/null && tar xzf sentiment-5.0.2.tgz)
./mvnw -B -ntp -q test -Dtest=ThemeBenchmarkUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dservicechain.bench.themes-dir="$work/package/test/fixtures" \
  -Dservicechain.bench.out="$(pwd)/bench/results"

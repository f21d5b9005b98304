#!/usr/bin/env bash
# Acceptance check of the library as a Maven user meets it: installs crosscheck into a private local
# repository (never ~/.m2), creates a fresh Maven project that depends on io.crosscheck:crosscheck-core
# and holds the README's Java snippet unchanged, runs it on a test case and compares its JSON with
# what `crosscheck check --format json` writes. Exit 0 when they are byte-identical.
#   examples/fresh-project-check.sh [CASE_DIR]      (default testdata/cases/january-visit)
# CROSSCHECK_M2=DIR reuses a private repository (first run seeds it from ~/.m2/repository if present).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case_dir="$(cd "${1:-$root/testdata/cases/january-visit}" && pwd)"
work="$(mktemp -d)"
repo="${CROSSCHECK_M2:-$work/m2}"
mvn_cmd=mvn
command -v mvn >/dev/null 2>&1 || mvn_cmd="$root/mvnw"
if [ ! -d "$repo" ]; then
  if [ -d "$HOME/.m2/repository" ]; then cp -r "$HOME/.m2/repository" "$repo"; else mkdir -p "$repo"; fi
fi

echo "installing crosscheck into $repo" >&2
(cd "$root" && "$mvn_cmd" -B -q -Dmaven.repo.local="$repo" -DskipTests install)
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"

app="$work/app"
mkdir -p "$app/src/main/java"
# The first ```java block of the README, unchanged.
awk '/^```java$/ {inside=1; next} inside && /^```$/ {exit} inside {print}' "$root/README.md" > "$app/src/main/java/Example.java"
cat > "$app/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>fresh-consumer</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>io.crosscheck</groupId>
      <artifactId>crosscheck-core</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
      </plugin>
    </plugins>
  </build>
</project>
POM
echo "building a fresh project depending on io.crosscheck:crosscheck-core:$version" >&2
(cd "$app" && "$mvn_cmd" -B -q -Dmaven.repo.local="$repo" compile dependency:build-classpath -Dmdep.outputFile=cp.txt)
java -cp "$app/target/classes:$(cat "$app/cp.txt")" Example "$case_dir" > "$work/snippet.json" 2>/dev/null
java -jar "$root/cli-demo/target/crosscheck.jar" check --format json "$case_dir" > "$work/cli.json"
if cmp -s "$work/snippet.json" "$work/cli.json"; then
  echo "OK: the README snippet in a fresh project writes the same JSON as the CLI ($(wc -c < "$work/cli.json") bytes, $case_dir)"
  rm -rf "$work"
else
  echo "DIFFERENT: $work/snippet.json vs $work/cli.json" >&2
  exit 1
fi

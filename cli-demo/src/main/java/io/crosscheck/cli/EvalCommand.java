package io.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.Crosscheck;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Report;
import io.crosscheck.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck eval [--verbose] CASE_DIR...}: run each case folder and score it against its gold.json. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score the pipeline on case folders (articles + gold.json) with the FORMATS.md rules.",
        "A folder without gold.json stands for its subfolders that have one.",
        "Exit code 1 when a folder has no gold.json or its gold.json is not valid JSON or not a gold file",
        "(each problem is named); 3 when --save-reports cannot be written."})
final class EvalCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, description = "list every miss, extra and wrong value or source")
  boolean verbose;

  @Option(names = "--save-reports", paramLabel = "DIR", description = "also write each case's JSON report to DIR/<case>.json")
  Path saveReports;

  @Option(names = "--lexicon", paramLabel = "DIR",
      description = "load lexicon lists from DIR: each NAME.txt replaces list NAME (see docs/lexicons.md)")
  Path lexiconDir;

  @Parameters(arity = "1..*", paramLabel = "CASE_DIR", description = "folders holding articles and a gold.json")
  List<Path> cases;

  @Override
  public Integer call() throws IOException {
    Crosscheck crosscheck = CheckCommand.withLexicon(spec, lexiconDir);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectNode allReports = emptyPool();
    ObjectNode allGold = emptyPool();
    int scored = 0;
    boolean inputErrors = false;
    for (Path dir : expand(cases)) {
      Path goldFile = dir.resolve("gold.json");
      if (!Files.isDirectory(dir)) {
        err.println(dir + ": no such folder");
        inputErrors = true;
        continue;
      }
      if (!Files.isRegularFile(goldFile)) {
        err.println(dir + ": no gold.json in this folder or its subfolders");
        inputErrors = true;
        continue;
      }
      JsonNode gold;
      try {
        gold = MAPPER.readTree(goldFile.toFile());
      } catch (IOException e) {
        err.println(goldFile + ": not valid JSON: " + e.getMessage());
        inputErrors = true;
        continue;
      }
      List<String> problems = GoldFile.problems(gold);
      if (!problems.isEmpty()) {
        err.println(goldFile + ": not a gold file: " + String.join("; ", problems));
        inputErrors = true;
        continue;
      }
      out.println("== " + dir);
      out.flush();
      Report report = crosscheck.check(List.of(dir));
      // Unreadable articles inside a case are reported but do not fail the evaluation: testdata/bad is a
      // case whose gold covers the good files, and its bad files are expected to be refused.
      for (FileError e : report.errors()) {
        err.println("note: " + e.file() + ": " + e.message());
      }
      CheckCommand.printWarnings(err, report);
      err.flush();
      String json = Reports.toJson(report);
      if (saveReports != null) {
        Path target = saveReports.resolve(caseName(dir) + ".json");
        try {
          Files.createDirectories(saveReports);
          Files.writeString(target, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
          err.println("crosscheck: cannot write " + target + ": " + Main.reason(e));
          err.flush();
          return Main.EXIT_OUTPUT_ERROR;
        }
      }
      JsonNode reportTree = MAPPER.readTree(json);
      print(out, Scorer.score(reportTree, gold));
      pool(allReports, reportTree, allGold, gold);
      scored++;
    }
    if (scored > 1) {
      out.println("== all " + scored + " cases pooled");
      print(out, Scorer.score(allReports, allGold));
    }
    out.flush();
    return inputErrors ? Main.EXIT_INPUT_ERRORS : 0;
  }

  private void print(PrintWriter out, Scorer.Scores s) {
    if (verbose) {
      s.details().forEach(out::println);
    }
    Scorer.AttributionScore a = s.attributions();
    Scorer.FigureScore f = s.figures();
    Scorer.FindingScore x = s.findings();
    out.println(String.format(Locale.ROOT,
        "attributions: P=%.2f R=%.2f F1=%.2f source_acc=%.2f e2e_F1=%.2f mode_acc=%.2f (gold %d, predicted %d, matched %d)",
        a.prf().p(), a.prf().r(), a.prf().f(), a.sourceAccuracy(), a.endToEnd().f(), a.modeAccuracy(), a.gold(),
        a.predicted(), a.matched()));
    out.println(String.format(Locale.ROOT,
        "figures: P=%.2f R=%.2f F1=%.2f value_acc=%.2f subject_acc=%.2f (gold %d, predicted %d, matched %d)",
        f.prf().p(), f.prf().r(), f.prf().f(), f.valueAccuracy(), f.subjectAccuracy(), f.gold(), f.predicted(), f.matched()));
    out.println(String.format(Locale.ROOT,
        "findings: P=%.2f R=%.2f F1=%.2f untyped_recall=%.2f trap_hits=%d (gold %d, predicted %d, matched %d)",
        x.prf().p(), x.prf().r(), x.prf().f(), x.untypedRecall(), x.trapHits(), x.gold(), x.predicted(), x.matched()));
    out.println(String.format(Locale.ROOT, "SUMMARY att_e2e=%.2f fig=%.2f fig_val=%.2f find=%.2f traps=%d",
        a.endToEnd().f(), f.prf().f(), f.valueAccuracy(), x.prf().f(), x.trapHits()));
  }

  /**
   * Case folders in order: a folder with a gold.json is a case; one without it stands for its
   * immediate subfolders that have one ({@code eval testdata/cases} runs every case).
   */
  static List<Path> expand(List<Path> given) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path dir : given) {
      if (Files.isRegularFile(dir.resolve("gold.json")) || !Files.isDirectory(dir)) {
        out.add(dir);
        continue;
      }
      List<Path> inner;
      try (java.util.stream.Stream<Path> list = Files.list(dir)) {
        inner = list.filter(p -> Files.isRegularFile(p.resolve("gold.json"))).sorted().toList();
      }
      out.addAll(inner.isEmpty() ? List.of(dir) : inner);
    }
    return out;
  }

  private static ObjectNode emptyPool() {
    ObjectNode n = MAPPER.createObjectNode();
    for (String field : List.of("articles", "attributions", "figures", "findings", "ignore", "traps")) {
      n.putArray(field);
    }
    return n;
  }

  /** Pools cases by concatenation: article ids differ between cases, so matching stays per article. */
  private static void pool(ObjectNode reports, JsonNode report, ObjectNode golds, JsonNode gold) {
    for (String field : List.of("attributions", "figures", "findings")) {
      ((ArrayNode) reports.get(field)).addAll(copy(report.get(field)));
    }
    for (String field : List.of("articles", "attributions", "figures", "findings", "ignore", "traps")) {
      ((ArrayNode) golds.get(field)).addAll(copy(gold.get(field)));
    }
  }

  private static List<JsonNode> copy(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    if (array != null) {
      array.forEach(out::add);
    }
    return out;
  }

  private static String caseName(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name == null ? "case" : name.toString();
  }
}

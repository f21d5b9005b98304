import io.crosscheck.Crosscheck;
import io.crosscheck.model.Report;
import io.crosscheck.report.Reports;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

public class Example {
  // Build once (immutable, thread-safe), keep it in a static final, reuse it everywhere.
  static final Crosscheck CROSSCHECK = Crosscheck.builder()
      .addLexiconEntries("speech-verbs", List.of("quipped|NEUTRAL")) // lexicons are data
      .addCheck(batch -> List.of())                                   // checks are pluggable
      .build();

  public static void main(String[] args) throws Exception {
    Report report = CROSSCHECK.check(List.of(Path.of(args[0])));     // files, folders
    Report same = CROSSCHECK.checkTexts(Map.of("wire.txt", "Lena Brandt said 300 people came.")); // or strings
    report.attributions().forEach(a -> System.err.println(a.source().name() + " " + a.source().kind() + ": " + a.content()));
    report.findings().forEach(f -> System.err.println(f.type() + " " + f.severity() + ": " + f.summary()));
    report.errors().forEach(e -> System.err.println(e.file() + ": " + e.message()));
    Reports.writeJson(report, System.out);                            // the JSON `crosscheck check --format json` writes
  }
}

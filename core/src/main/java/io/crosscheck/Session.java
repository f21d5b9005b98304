package io.crosscheck;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.model.Article;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Report;
import io.crosscheck.text.ArticleReader;
import io.crosscheck.text.ReadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A running check that articles join as they arrive, for newsroom tooling that sees a wire feed:
 * each {@code add} returns only the findings the new articles bring. Ids are stable: an
 * attribution or figure keeps its id ({@code article:a3}) whatever joins later, and a finding is
 * new when no earlier report held one of its type over the same passages.
 *
 * <p>Safe to share across threads (calls are serialised). Each {@code add} re-checks the whole
 * session, so its cost grows with the session; start a new session per news cycle or archive slice.
 *
 * <pre>{@code
 * Session session = crosscheck.session();
 * session.addTexts(Map.of("wire-1.txt", first));
 * Session.Update update = session.addTexts(Map.of("wire-2.txt", second));
 * update.findings().forEach(f -> alert(f.summary()));
 * }</pre>
 */
public final class Session {
  private final Crosscheck crosscheck;
  /** By file name, the order a batch check reads them in, so the session's report equals a batch's. */
  private final Map<String, Article> articles = new TreeMap<>();
  private final Map<String, String> fileOfArticle = new LinkedHashMap<>();
  private Report report;
  private Set<String> seen = new HashSet<>();
  private final Set<FileError> errorsSeen = new HashSet<>();

  /**
   * What one {@code add} brought.
   *
   * @param findings the findings no earlier report of the session held, in report order
   * @param errors what could not be read or joined (a duplicate article id names the first file)
   */
  public record Update(List<Finding> findings, List<FileError> errors) {
    /**
     * Copies both lists.
     *
     * @param findings the findings no earlier report of the session held
     * @param errors what could not be read or joined
     */
    public Update {
      findings = List.copyOf(findings);
      errors = List.copyOf(errors);
    }
  }

  Session(Crosscheck crosscheck) {
    this.crosscheck = crosscheck;
    this.report = crosscheck.checkArticles(List.of());
  }

  /**
   * Reads files and folders (as {@link Crosscheck#check(Collection)}) and adds their articles.
   *
   * @param paths files and folders
   * @return the findings the new articles bring, and what could not be read
   */
  public synchronized Update add(Collection<Path> paths) {
    checkNotNull(paths, "paths");
    return join(new ArticleReader().read(paths));
  }

  /**
   * Adds article texts in the file format, keyed by a name used as file name.
   *
   * @param textsByName texts by name
   * @return the findings the new articles bring, and what could not be read
   */
  public synchronized Update addTexts(Map<String, String> textsByName) {
    checkNotNull(textsByName, "textsByName");
    return join(new ArticleReader().readStrings(textsByName));
  }

  /**
   * The whole session's report so far, as {@link Crosscheck#checkArticles} would give it.
   *
   * @return the report
   */
  public synchronized Report report() {
    return report;
  }

  private Update join(ReadResult read) {
    List<FileError> errors = new ArrayList<>(read.errors());
    for (Article a : read.articles()) {
      String first = fileOfArticle.get(a.id());
      if (first != null) {
        errors.add(new FileError(a.file(), "duplicate article id '" + a.id() + "' (already in the session from " + first + ")"));
        continue;
      }
      articles.put(a.file() + "\u0000" + a.id(), a);
      fileOfArticle.put(a.id(), a.file());
    }
    report = crosscheck.checkArticles(new ArrayList<>(articles.values()));
    List<Finding> added = new ArrayList<>();
    Set<String> now = new HashSet<>();
    for (Finding f : report.findings()) {
      String key = Pipeline.key(f);
      now.add(key);
      if (!seen.contains(key)) {
        added.add(f);
      }
    }
    seen = now;
    for (FileError e : report.errors()) {
      if (errorsSeen.add(e)) {
        errors.add(e);
      }
    }
    return new Update(added, errors);
  }
}

package io.crosscheck.beam;

import io.crosscheck.Crosscheck;
import io.crosscheck.internal.event.ArticleKeys;
import io.crosscheck.internal.event.EventClusterer;
import io.crosscheck.internal.event.EventKeys;
import io.crosscheck.model.Article;
import io.crosscheck.model.Event;
import io.crosscheck.text.ArticleReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * crosscheck as a Beam transform, from article texts keyed by file name to findings, in three steps:
 *
 * <ol>
 *   <li>per article (parallel): read and analyse the article, and compute its event keys and
 *       signature ({@link ArticleKeyRecord});
 *   <li>group: the articles' keys (small records) meet in one place and core's {@link
 *       EventClusterer} puts every article into exactly one event; each article is then keyed by
 *       its event;
 *   <li>per event (parallel): the event's articles are checked together and their findings kept.
 * </ol>
 *
 * Findings that two events both report appear once ({@link Distinct} on {@link BeamFinding#canonical()}). The
 * default stages are used ({@link Crosscheck#withDefaults()}).
 */
public final class CrosscheckTransform
    extends PTransform<PCollection<KV<String, String>>, PCollection<BeamFinding>> {

  private static final long serialVersionUID = 1L;

  /** The single key under which all articles' event keys meet for clustering. */
  private static final String BATCH = "batch";

  @Override
  public PCollection<BeamFinding> expand(PCollection<KV<String, String>> texts) {
    PCollection<ArticleKeyRecord> keyed = texts.apply("AnalyseArticle", ParDo.of(new AnalyseArticle()))
        .setCoder(SerializableCoder.of(ArticleKeyRecord.class));
    PCollection<KV<String, KV<String, String>>> byEvent = keyed
        .apply("AllKeys", WithKeys.<String, ArticleKeyRecord>of(BATCH))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(ArticleKeyRecord.class)))
        .apply("GatherKeys", GroupByKey.create())
        .apply("ClusterEvents", ParDo.of(new ClusterEvents()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    return byEvent
        .apply("GroupByEvent", GroupByKey.create())
        .apply("CheckEvent", ParDo.of(new CheckEvent()))
        .setCoder(SerializableCoder.of(BeamFinding.class))
        .apply("OncePerFinding", Distinct.withRepresentativeValueFn(BeamFinding::canonical)
            .withRepresentativeType(TypeDescriptors.strings()));
  }

  /** Per article: its event keys and signature; an article the reader rejects yields nothing. */
  static final class AnalyseArticle extends DoFn<KV<String, String>, ArticleKeyRecord> {
    private static final long serialVersionUID = 1L;
    private transient Crosscheck crosscheck;
    private transient EventKeys eventKeys;

    @Setup
    public void setup() {
      crosscheck = Crosscheck.withDefaults();
      eventKeys = new EventKeys(crosscheck.options().lexicon());
    }

    @ProcessElement
    public void process(@Element KV<String, String> article, OutputReceiver<ArticleKeyRecord> out) {
      List<Article> read = new ArticleReader().readStrings(Map.of(article.getKey(), article.getValue())).articles();
      for (Article a : read) {
        ArticleKeys keys = eventKeys.keys(crosscheck.analyse(a));
        out.output(ArticleKeyRecord.of(article.getKey(), article.getValue(), keys));
      }
    }
  }

  /** The group step: every article into one event, by core's clustering over all articles' keys. */
  static final class ClusterEvents extends DoFn<KV<String, Iterable<ArticleKeyRecord>>, KV<String, KV<String, String>>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element KV<String, Iterable<ArticleKeyRecord>> all, OutputReceiver<KV<String, KV<String, String>>> out) {
      // Batch order is file-name order, as when crosscheck reads a folder.
      List<ArticleKeyRecord> records = new ArrayList<>();
      all.getValue().forEach(records::add);
      records.sort(Comparator.comparing(ArticleKeyRecord::name));
      Map<String, String> textOf = new TreeMap<>();
      List<ArticleKeys> keys = new ArrayList<>();
      for (ArticleKeyRecord r : records) {
        textOf.put(r.name(), r.text());
        keys.add(r.toKeys());
      }
      for (Event event : new EventClusterer().cluster(keys)) {
        for (String name : event.articles()) {
          out.output(KV.of(event.id(), KV.of(name, textOf.get(name))));
        }
      }
    }
  }

  /** Per event: its articles checked together. */
  static final class CheckEvent extends DoFn<KV<String, Iterable<KV<String, String>>>, BeamFinding> {
    private static final long serialVersionUID = 1L;
    private transient Crosscheck crosscheck;

    @Setup
    public void setup() {
      crosscheck = Crosscheck.withDefaults();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, String>>> event, OutputReceiver<BeamFinding> out) {
      Map<String, String> texts = new TreeMap<>();
      event.getValue().forEach(kv -> texts.put(kv.getKey(), kv.getValue()));
      BeamFinding.of(crosscheck.checkTexts(texts)).forEach(out::output);
    }
  }
}

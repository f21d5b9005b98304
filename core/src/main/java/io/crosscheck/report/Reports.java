package io.crosscheck.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.crosscheck.model.Report;
import io.crosscheck.report.ChunkedSections.ChunkBuffer;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The report as JSON (schemaVersion 1, the format FORMATS.md and the README describe), written and
 * read without any object mapper.
 *
 * <pre>{@code
 * Report report = crosscheck.check(List.of(Path.of("articles/")));
 * try (OutputStream out = Files.newOutputStream(Path.of("report.json"))) {
 *   Reports.writeJson(report, out);
 * }
 * }</pre>
 *
 * <p>The output is UTF-8, indented by two spaces, lines ended by {@code \n} on every platform, and
 * ends with a newline; the same report always gives the same bytes. Its JSON Schema (2020-12) is the
 * class-path resource {@value #SCHEMA_RESOURCE}.
 */
public final class Reports {
  /** Class-path location of the report's JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "/io/crosscheck/report/report.schema.json";

  // A character outside the Basic Multilingual Plane (an emoji in a quote) is written as its four
  // UTF-8 bytes by both generators: the byte generator would otherwise escape it as a surrogate pair
  // where the character generator writes it whole, and a file would differ from standard output.
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();
  /** The report's factory for a chunk's generator, which leaves the report's object and array open when closed. */
  private static final JsonFactory CHUNK_FACTORY = FACTORY.rebuild().disable(StreamWriteFeature.AUTO_CLOSE_CONTENT).build();
  /** A chunk buffer's first size: about what a chunk of articles takes. */
  private static final int CHUNK_BUFFER_SIZE = 64 * 1024;

  private Reports() {}

  /**
   * Writes {@code report} to {@code out} as UTF-8 JSON followed by a newline; {@code out} is flushed,
   * not closed.
   *
   * @param report the report to write
   * @param out where the UTF-8 bytes go
   * @throws IOException when {@code out} fails
   */
  public static void writeJson(Report report, OutputStream out) throws IOException {
    writeJson(ReportStream.of(checkNotNull(report, "report")), out);
  }

  /**
   * Writes {@code report} to {@code out} as JSON followed by a newline, as {@link #writeJson(Report,
   * OutputStream)} does, for a caller that holds a character stream (a terminal's writer); {@code
   * out} is flushed, not closed.
   *
   * @param report the report to write
   * @param out where the characters go
   * @throws IOException when {@code out} fails
   */
  public static void writeJson(Report report, Writer out) throws IOException {
    writeJson(ReportStream.of(checkNotNull(report, "report")), out);
  }

  /**
   * Writes a streamed report to {@code out} as UTF-8 JSON followed by a newline, the same bytes
   * {@link #writeJson(Report, OutputStream)} gives for a report of the same contents; {@code out} is
   * flushed, not closed.
   *
   * @param report the report's sections, read as they are written
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void writeJson(ReportStream report, OutputStream out) throws IOException {
    writeJson(report, out, 1);
  }

  /**
   * As {@link #writeJson(ReportStream, OutputStream)}, the sections' items written on {@code
   * threads} threads, a chunk at a time; the bytes are the same for any count.
   *
   * @param report the report's sections, read as they are written
   * @param out where to write
   * @param threads how many threads write (1: the caller's alone)
   * @throws IOException if writing fails
   */
  public static void writeJson(ReportStream report, OutputStream out, int threads) throws IOException {
    checkNotNull(report, "report");
    checkNotNull(out, "out");
    try (JsonGenerator gen = prettyPrinted(FACTORY.createGenerator(out, JsonEncoding.UTF8))) {
      write(report, gen, threads, () -> bytesTo(out));
    }
    out.flush();
  }

  /**
   * As {@link #writeJson(ReportStream, OutputStream)}, to a character stream.
   *
   * @param report the report's sections, read as they are written
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void writeJson(ReportStream report, Writer out) throws IOException {
    writeJson(report, out, 1);
  }

  /**
   * As {@link #writeJson(ReportStream, OutputStream, int)}, to a character stream.
   *
   * @param report the report's sections, read as they are written
   * @param out where to write
   * @param threads how many threads write (1: the caller's alone)
   * @throws IOException if writing fails
   */
  public static void writeJson(ReportStream report, Writer out, int threads) throws IOException {
    checkNotNull(report, "report");
    checkNotNull(out, "out");
    try (JsonGenerator gen = prettyPrinted(FACTORY.createGenerator(out))) {
      write(report, gen, threads, () -> charsTo(out));
    }
    out.flush();
  }

  /** The report and its closing newline on {@code gen}: on the caller's thread alone, or in chunks on {@code threads}. */
  private static void write(ReportStream report, JsonGenerator gen, int threads, Supplier<ChunkBuffer> buffers)
      throws IOException {
    checkArgument(threads >= 1, "threads must be at least 1, got %s", threads);
    ReportJsonWriter.SectionItems items = threads == 1 ? ReportJsonWriter::items : new ChunkedSections(threads, buffers);
    new ReportJsonWriter(gen).report(report, items);
    gen.writeRaw('\n');
  }

  /** A chunk's UTF-8 bytes, gathered in memory and copied to {@code out}. */
  private static ChunkBuffer bytesTo(OutputStream out) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(CHUNK_BUFFER_SIZE);
    return new ChunkBuffer() {
      @Override
      public JsonGenerator generator() throws IOException {
        return prettyPrinted(CHUNK_FACTORY.createGenerator(bytes, JsonEncoding.UTF8));
      }

      @Override
      public void reset() {
        bytes.reset();
      }

      @Override
      public void copyToSink() throws IOException {
        bytes.writeTo(out);
      }
    };
  }

  /** A chunk's characters, gathered in memory and copied to {@code out}. */
  private static ChunkBuffer charsTo(Writer out) {
    CharArrayWriter chars = new CharArrayWriter(CHUNK_BUFFER_SIZE);
    return new ChunkBuffer() {
      @Override
      public JsonGenerator generator() throws IOException {
        return prettyPrinted(CHUNK_FACTORY.createGenerator(chars));
      }

      @Override
      public void reset() {
        chars.reset();
      }

      @Override
      public void copyToSink() throws IOException {
        chars.writeTo(out);
      }
    };
  }

  /**
   * The JSON of {@link #writeJson} as a string.
   *
   * @param report the report to write
   * @return the JSON, ending with a newline
   */
  public static String toJson(Report report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writeJson(report, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Reads a schemaVersion 1 report back. Fields it does not know are ignored. The JSON holds no
   * article bodies, metadata, source spans or claims: an article comes back with a body of
   * {@code chars} spaces and no metadata, attributions without a source span, and claims rebuilt
   * as one per attribution with the figures that name it, so writing the result gives the same JSON.
   *
   * @param in UTF-8 (or UTF-16/32, detected) JSON; not closed
   * @return the report
   * @throws IOException when {@code in} fails or holds no well-formed JSON
   * @throws ReportFormatException when the JSON is not a schemaVersion 1 report
   */
  public static Report readJson(InputStream in) throws IOException {
    checkNotNull(in, "in");
    try (JsonParser parser = FACTORY.createParser(in)) {
      return ReportJsonReader.read(parser);
    }
  }

  /**
   * The report's JSON Schema (draft 2020-12), as shipped in this jar.
   *
   * @return the schema's JSON text
   */
  public static String jsonSchema() {
    try (InputStream in = Reports.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code gen}, indented by two spaces with {@code \n} line ends. */
  private static JsonGenerator prettyPrinted(JsonGenerator gen) {
    DefaultIndenter lines = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter p = new DefaultPrettyPrinter();
    p.indentObjectsWith(lines);
    return gen.setPrettyPrinter(p);
  }
}

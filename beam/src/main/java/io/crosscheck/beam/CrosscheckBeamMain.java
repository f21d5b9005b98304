package io.crosscheck.beam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Runs {@link CrosscheckTransform} on files matching a glob and writes one canonical line per
 * finding to an output file. Arguments: input glob (a folder means its {@code *.txt}), output
 * file, then any Beam pipeline options ({@code --runner=FlinkRunner}, …).
 */
public final class CrosscheckBeamMain {
  private CrosscheckBeamMain() {}

  /**
   * Entry point.
   *
   * @param args input glob or folder, output file, then Beam options
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: CrosscheckBeamMain <input folder or glob> <output file> [beam options]");
      System.exit(2);
    }
    PipelineOptions options = PipelineOptionsFactory.fromArgs(Arrays.copyOfRange(args, 2, args.length))
        .withValidation().create();
    run(Pipeline.create(options), glob(args[0]), args[1]);
  }

  /** A folder stands for its {@code .txt} files; anything else is a glob as given. */
  static String glob(String input) {
    Path path = Path.of(input);
    return Files.isDirectory(path) ? path.resolve("*.txt").toString() : input;
  }

  /** Builds and runs the pipeline, waiting until it is done. */
  static void run(Pipeline pipeline, String glob, String output) {
    pipeline
        .apply("MatchInput", FileIO.match().filepattern(glob))
        .apply("ReadMatches", FileIO.readMatches())
        .apply("ByName", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((FileIO.ReadableFile f) -> KV.of(f.getMetadata().resourceId().getFilename(), read(f))))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("Crosscheck", new CrosscheckTransform())
        .apply("Canonical", MapElements.into(TypeDescriptors.strings()).via(BeamFinding::canonical))
        .apply("Write", TextIO.write().to(output).withoutSharding());
    pipeline.run().waitUntilFinish();
  }

  private static String read(FileIO.ReadableFile file) {
    try {
      return new String(file.readFullyAsBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

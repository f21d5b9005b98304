package io.crosscheck.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} command: {@code check}, {@code eval} and {@code bench}. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Finds who said what in news articles, the figures they state, and where articles disagree.",
    subcommands = {CheckCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit code for input files that could not be read (the rest were still processed). */
  static final int EXIT_INPUT_ERRORS = 1;
  static final int EXIT_USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Exit code for a report that could not be written (an unwritable {@code --out} or {@code --save-reports}). */
  static final int EXIT_OUTPUT_ERROR = 3;

  /** Bytes standard output gathers before each write. */
  private static final int STDOUT_BUFFER_BYTES = 1 << 16;

  static int run(String... args) {
    // UTF-8 whatever the locale: under LANG=C the platform charset would print every "é" and "“" as "?".
    // The bytes go through System.out/err as raw bytes (no re-encoding), so System.setOut still captures them.
    CommandLine cmd = new CommandLine(new Main());
    // Standard output gathers 64 KB per write: System.out passes every 8 KB the encoder hands it
    // straight to the system, which for a report of gigabytes was hundreds of thousands of writes.
    // Every command flushes its writer before it returns, as it had to already.
    cmd.setOut(new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(System.out, STDOUT_BUFFER_BYTES),
        StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cmd.execute(args);
  }

  /** One line for an I/O failure: "permission denied", "no such folder: /x", or the exception's own message. */
  static String reason(java.io.IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder: " + e.getMessage();
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check, eval or bench");
  }

  /** The artifact version, written into {@code version.properties} by the build. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the class path");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  /** Prints {@code crosscheck <artifact version>} for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"crosscheck " + version()};
    }
  }
}

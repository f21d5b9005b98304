package io.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} command: {@code check}, {@code eval} and {@code bench}. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
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

  static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check, eval or bench");
  }
}

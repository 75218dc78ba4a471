package io.github.herenet.helium.examples;

import io.github.herenet.helium.ledger.LedgerStoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

import io.github.herenet.helium.ledger.LedgerStoreException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/**
 * The {@code helium} command line ({@code ./helium} at the repository root). Each subcommand is its own class,
 * listed in {@code subcommands} below.
 */
@Command(name = "helium",
        mixinStandardHelpOptions = true,
        version = HeliumCli.VERSION,
        description = "HeReNet Helium: simulation, accounting and helium thermodynamics for university helium-recycling networks.",
        subcommands = {SimulateCommand.class, ConvertCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'helium COMMAND --help' for the options of a command."})
public final class HeliumCli implements Callable<Integer> {

    /** The version shown by {@code --version}. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    @Spec
    private CommandSpec spec;

    /**
     * Without a command, prints the usage to stderr.
     *
     * @return exit code 2 (usage error)
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("helium: missing command");
        spec.commandLine().usage(err);
        return CommandLine.ExitCode.USAGE;
    }

    /**
     * Creates the command line with the error handling of the {@code helium} command: user errors print
     * one message (and a hint) to stderr and give exit code 2, without a stack trace.
     *
     * @return the command line, ready for {@link CommandLine#execute(String...)}
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new HeliumCli());
        commandLine.setExpandAtFiles(false); // '@15C' in '7 m3 @15C' is standard conditions, not an @file
        commandLine.setParameterExceptionHandler(HeliumCli::handleUserError);
        commandLine.setExecutionExceptionHandler(HeliumCli::handleEnvironmentError);
        return commandLine;
    }

    /**
     * Runs the {@code helium} command and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * A failure of the machine rather than of the program (a disk that is full or read-only, a ledger file
     * that cannot be written): one line on stderr, exit code 1. Anything else is a bug and keeps its stack trace.
     */
    private static int handleEnvironmentError(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed)
            throws Exception {
        if (!(e instanceof IOException || e instanceof UncheckedIOException || e instanceof LedgerStoreException)) {
            throw e;
        }
        PrintWriter err = commandLine.getErr();
        err.println("helium: " + e.getMessage() + (e.getCause() != null && e.getCause() != e
                ? " (" + e.getCause().getMessage() + ")" : ""));
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }

    private static int handleUserError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }
}

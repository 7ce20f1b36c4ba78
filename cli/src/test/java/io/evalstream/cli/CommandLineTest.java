package io.evalstream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: help, completion, and bad options refused before the stack is touched. */
class CommandLineTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String previousHome;

    @BeforeEach
    void pointAtAnEmptyCheckout() throws Exception {
        previousHome = System.getProperty("evalstream.home");
        System.setProperty("evalstream.home", home.toString());
        for (String split : List.of("dev", "val", "test")) {
            Files.createDirectories(home.resolve("data").resolve(split));
        }
        Files.writeString(home.resolve("data/subject_mapping.json"),
                "{\"computer_network\": [\"Computer Network\", \"计算机网络\", \"STEM\"],"
                        + " \"logic\": [\"Logic\", \"逻辑学\", \"Humanities\"]}");
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("evalstream.home");
        } else {
            System.setProperty("evalstream.home", previousHome);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("run", "up", "down", "status", "ui", "test", "completion")) {
            for (String flag : List.of("--help", "-h")) {
                assertEquals(ExitCodes.OK, execute(command, flag), command + " " + flag);
                assertTrue(out.toString().contains("Usage: evalstream " + command), out.toString());
            }
        }
        assertEquals(ExitCodes.OK, execute("--help"));
        assertTrue(out.toString().contains("Exit codes:"), out.toString());
    }

    @Test
    void aMisspelledSimPolicyIsRefusedWithoutTouchingTheStack() {
        assertEquals(ExitCodes.USAGE, execute("run", "--sim", "oracel", "--ceval-path", data()));
        assertTrue(err.toString().contains("'--sim'") && err.toString().contains("unknown policy 'oracel'"),
                err.toString());
        assertEquals(ExitCodes.USAGE, execute("up", "--sim", "oracle:1.5"));
        assertTrue(err.toString().contains("between 0 and 1"), err.toString());
        assertEquals(ExitCodes.USAGE, execute("up", "--sim", "oracle:shouting"));
        assertTrue(err.toString().contains("unknown style 'shouting'"), err.toString());
        assertFalse(Files.exists(home.resolve(".evalstream")), "no state, log or process of the stack was created");
    }

    @Test
    void aReplayFolderIsCheckedAndMadeAbsolute() throws Exception {
        Files.createDirectories(home.resolve("run/predictions/m"));
        picocli.CommandLine.ParseResult parsed = Main.commandLine().parseArgs("up", "--sim", "replay:" + home.resolve("run/./"));
        assertEquals("replay:" + home.resolve("run"), parsed.subcommand().matchedOptionValue("--sim", ""));
        assertRefused("does not exist", "up", "--sim", "replay:" + home.resolve("absent"));
        assertRefused("no predictions/ folder", "up", "--sim", "replay:" + home);
    }

    @Test
    void badValuesNameTheirOption() {
        assertRefused("'--colour'", "run", "--colour", "red");
        assertRefused("'--split'", "run", "--split");
        assertRefused("--sim", "run", "--sim", "oracle", "--triton", "h:1");
        assertRefused("'--triton'", "run", "--triton", "nohost");
        assertRefused("'--batch-size'", "run", "--batch-size", "x", "--ceval-path", data());
        assertRefused("'--batch-size'", "run", "--batch-size", "0", "--ceval-path", data());
        assertRefused("'--template'", "run", "--template", "chatml", "--ceval-path", data());
        assertRefused("'--split'", "run", "--split", "train", "--ceval-path", data());
        assertRefused("'--postprocessor'", "run", "--postprocessor", "last_capital", "--ceval-path", data());
        assertRefused("first_capital, first_option", "run", "--postprocessor", "last_capital", "--ceval-path", data());
        assertRefused("'--max-new-tokens': generation.maxNewTokens must be between 1 and 32768, got 40000", "run",
                "--max-new-tokens", "40000", "--ceval-path", data());
        assertRefused("'--model-abbr'", "run", "--model-abbr", "a/b", "--ceval-path", data());
        assertRefused("underwater_basket_weaving", "run", "--subjects", "logic,underwater_basket_weaving",
                "--ceval-path", data());
        assertRefused("'--ceval-path'", "run", "--ceval-path", home.resolve("nowhere").toString());
        assertRefused("neither the folders dev/, val/ and test/ nor ceval-exam.zip", "up", "--ceval-path",
                home.toString());
        assertRefused("no command", new String[0]);
        assertFalse(Files.exists(home.resolve(".evalstream")), "no state, log or process of the stack was created");
    }

    @Test
    void completionScriptCoversTheCommands() {
        assertEquals(ExitCodes.OK, execute("completion"));
        assertTrue(out.toString().contains("complete -F _complete_evalstream") && out.toString().contains("--sim"),
                out.toString());
    }

    private void assertRefused(String named, String... args) {
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.USAGE, execute(args), String.join(" ", args));
        assertTrue(err.toString().contains(named), err.toString());
    }

    private String data() {
        return home.resolve("data").toString();
    }

    private int execute(String... args) {
        out.getBuffer().setLength(0);
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}

package io.evalstream.cli.compare;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code evalstream compare A B}: why two runs differ. A and B are output folders in OpenCompass's layout, written by
 * OpenCompass or evalstream. Exit status 0 when they are identical, 1 when they differ, 2 when one is not an output
 * folder.
 */
public final class Compare {

    public static final int IDENTICAL = 0;
    public static final int DIFFERENT = 1;
    public static final int BAD_INPUT = 2;

    private Compare() {
    }

    public static int run(Path a, Path b, PrintStream out) {
        OutputFolderContents left;
        OutputFolderContents right;
        try {
            left = read("A", a);
            right = read("B", b);
        } catch (NotAnOutputFolderException e) {
            out.println("compare: " + e.getMessage());
            return BAD_INPUT;
        }
        Comparison comparison = Comparison.of(left, right);
        new ComparisonPrinter(out).print(comparison);
        return comparison.identical() ? IDENTICAL : DIFFERENT;
    }

    private static OutputFolderContents read(String label, Path folder) throws NotAnOutputFolderException {
        try {
            return OutputFolderContents.read(folder.toAbsolutePath().normalize());
        } catch (NotAnOutputFolderException e) {
            throw new NotAnOutputFolderException(label, e);
        }
    }
}

package io.evalstream.cli.compare;

/** Where two prompts first differ: the code point offset and a short excerpt of each from a little before it. */
record PromptDivergence(int offset, String excerptA, String excerptB) {

    private static final int BEFORE = 12;
    private static final int LENGTH = 40;

    static PromptDivergence of(String a, String b) {
        int[] left = a.codePoints().toArray();
        int[] right = b.codePoints().toArray();
        int offset = java.util.Arrays.mismatch(left, right);
        int from = Math.max(0, offset - BEFORE);
        return new PromptDivergence(offset, excerpt(left, from), excerpt(right, from));
    }

    /** Up to LENGTH code points from {@code from}, quoted, with line breaks and tabs written as escapes. */
    static String excerpt(int[] text, int from) {
        int to = Math.min(text.length, from + LENGTH);
        String body = new String(text, Math.min(from, to), to - Math.min(from, to));
        return (from > 0 ? "…" : "") + '"' + body.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + '"' + (to < text.length ? "…" : "");
    }
}

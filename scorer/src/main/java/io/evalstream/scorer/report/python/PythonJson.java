package io.evalstream.scorer.report.python;

import java.util.Map;

/**
 * {@code json.dumps(obj, indent=4, ensure_ascii=False)} for nested string-keyed maps of strings and floats: the
 * form of OpenCompass's prediction and result files (mmengine's dump, no trailing newline).
 */
public final class PythonJson {

    private static final String INDENT = "    ";

    private PythonJson() {
    }

    public static String dumps(Map<String, ?> object) {
        StringBuilder out = new StringBuilder();
        write(out, object, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        switch (value) {
            case Map<?, ?> map -> writeMap(out, map, depth);
            case String text -> quote(out, text);
            case Double number -> out.append(PythonFloat.repr(number));
            case Integer number -> out.append(number);
            case Long number -> out.append(number);
            default -> throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void writeMap(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator).append(INDENT.repeat(depth + 1));
            quote(out, (String) entry.getKey());
            out.append(": ");
            write(out, entry.getValue(), depth + 1);
            separator = ",\n";
        }
        out.append('\n').append(INDENT.repeat(depth)).append('}');
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

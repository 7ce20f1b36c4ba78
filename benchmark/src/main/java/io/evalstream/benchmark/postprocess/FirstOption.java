package io.evalstream.benchmark.postprocess;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenCompass's regex-based {@code first_option_postprocess} (with its default cushion patterns): the patterns are
 * tried in order; for the first one found anywhere in the output, the answer is the first option letter, in option
 * order, that occurs in the whole match.
 */
public final class FirstOption implements Postprocessor {

    private static final String O = "{O}";

    // Python's re semantics: Unicode \s, '$' also before a final '\n'; DOTALL because OpenCompass passes it.
    private static final int FLAGS = Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;

    private static final List<String> TEMPLATES = List.of(
            "答案是?\\s*([{O}])",
            "答案是?\\s*：\\s*([{O}])",
            "答案是?\\s*:\\s*([{O}])",
            "答案应该?是\\s*([{O}])",
            "答案应该?选\\s*([{O}])",
            "答案为\\s*([{O}])",
            "答案选\\s*([{O}])",
            "选择?\\s*([{O}])",
            // OpenCompass's list lacks a comma here, so Python joins these two literals into one pattern.
            "故选?\\s*([{O}])只有选?项?\\s?([{O}])\\s?是?对",
            "只有选?项?\\s?([{O}])\\s?是?错",
            "只有选?项?\\s?([{O}])\\s?不?正确",
            "只有选?项?\\s?([{O}])\\s?错误",
            "说法不?对选?项?的?是\\s?([{O}])",
            "说法不?正确选?项?的?是\\s?([{O}])",
            "说法错误选?项?的?是\\s?([{O}])",
            "([{O}])\\s?是正确的",
            "([{O}])\\s?是正确答案",
            "选项\\s?([{O}])\\s?正确",
            "所以答\\s?([{O}])",
            "所以\\s?([{O}][.。$]?$)",
            "所有\\s?([{O}][.。$]?$)",
            "[\\s，：:,]([{O}])[。，,\\.]?$",
            "[\\s，,：:][故即]([{O}])[。\\.]?$",
            "[\\s，,：:]因此([{O}])[。\\.]?$",
            "[是为。]\\s?([{O}])[。\\.]?$",
            "因此\\s?([{O}])[。\\.]?$",
            "显然\\s?([{O}])[。\\.]?$",
            "答案是\\s?(\\S+)(?:。|$)",
            "答案应该是\\s?(\\S+)(?:。|$)",
            "答案为\\s?(\\S+)(?:。|$)",
            "[Tt]he answer is:?\\s+\\(?([{O}])\\)?",
            "[Tt]he answer is option:?\\s+\\(?([{O}])\\)?",
            "[Tt]he correct answer is:?\\s+\\(?([{O}])\\)?",
            "[Tt]he correct answer is option:?\\s+\\(?([{O}])\\)?",
            "[Tt]he answer to the question is:?\\s+\\(?([{O}])\\)?",
            "^选项\\s?([{O}])",
            "^([{O}])\\s?选?项",
            "(\\s|^)[{O}][\\s。，,：:\\.$]",
            "1.\\s?(.*?)$",
            "1.\\s?([{O}])[.。$]?$",
            "([{O}]):",
            "([{O}])");

    private final String options;
    private final List<Pattern> patterns;

    public FirstOption(String options) {
        this.options = options;
        this.patterns = TEMPLATES.stream().map(t -> Pattern.compile(t.replace(O, options), FLAGS)).toList();
    }

    @Override
    public String extract(String output) {
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(output);
            if (matcher.find()) {
                String match = matcher.group();
                for (int i = 0; i < options.length(); i++) {
                    String option = options.substring(i, i + 1);
                    if (match.contains(option)) {
                        return option;
                    }
                }
            }
        }
        return "";
    }
}

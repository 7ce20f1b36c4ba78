package io.evalstream.benchmark.ceval;

import io.evalstream.benchmark.prompt.Hashes;

/**
 * The summary's {@code version} column: OpenCompass's {@code get_prompt_hash(dataset_cfg)[:6]}, the SHA-256 of
 * {@code json.dumps(infer_cfg, sort_keys=True)} of the subject's {@code ceval_gen_5f30c7} config, with classes as
 * their import paths and {@code fix_id_list} moved to the inferencer. It depends only on the subject's Chinese name.
 */
public final class CevalVersion {

    private CevalVersion() {
    }

    /** The version of one of the 52 official subjects, or {@code -} (OpenCompass's blank) for any other key. */
    public static String ofSubject(String key) {
        return CevalSubjects.official().stream().filter(s -> s.key().equals(key)).findFirst().map(CevalVersion::of)
                .orElse("-");
    }

    public static String of(CevalSubject subject) {
        return Hashes.sha256(inferConfigJson(subject)).substring(0, 6);
    }

    /** The exact text Python's {@code json.dumps} writes: sorted keys, default separators, ASCII only. */
    static String inferConfigJson(CevalSubject subject) {
        return "{\"ice_template\": {\"ice_token\": \"</E>\", \"template\": {\"begin\": \"</E>\", \"round\": "
                + "[{\"prompt\": " + pythonJsonString(CevalPrompts.humanPrompt(subject)) + ", \"role\": \"HUMAN\"}, "
                + "{\"prompt\": \"{answer}\", \"role\": \"BOT\"}]}, "
                + "\"type\": \"opencompass.openicl.icl_prompt_template.PromptTemplate\"}, "
                + "\"inferencer\": {\"fix_id_list\": [0, 1, 2, 3, 4], "
                + "\"type\": \"opencompass.openicl.icl_inferencer.GenInferencer\"}, "
                + "\"retriever\": {\"type\": \"opencompass.openicl.icl_retriever.FixKRetriever\"}}";
    }

    /** {@code json.dumps(text)} with {@code ensure_ascii=True}: non-ASCII as {@code \\uXXXX} UTF-16 units. */
    static String pythonJsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}

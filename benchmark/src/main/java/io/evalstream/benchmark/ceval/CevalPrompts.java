package io.evalstream.benchmark.ceval;

import io.evalstream.benchmark.prompt.ChatTemplate;
import io.evalstream.benchmark.prompt.Hashes;
import io.evalstream.benchmark.prompt.SafeFormat;
import io.evalstream.benchmark.prompt.Shot;
import java.util.List;
import java.util.SequencedMap;

/**
 * OpenCompass's {@code ceval_gen_5f30c7} prompt: the subject's dev rows 0-4 as in-context examples, then the
 * question. Each example is filled with its own row; OpenCompass then inserts the examples into the question's
 * template and fills the whole with the question's row (its answer blanked), so the examples go through that filling
 * too. All shots are always kept: OpenCompass drops shots only above {@code max_seq_len} tokens, which only a real
 * token count can tell.
 */
public final class CevalPrompts {

    /** OpenCompass's {@code FixKRetriever} {@code fix_id_list}. */
    public static final int SHOTS = 5;

    static final String BLOCK_FORMAT =
            "以下是中国关于{name}考试的单项选择题，请选出其中的正确答案。\n{question}\nA. {A}\nB. {B}\nC. {C}\nD. {D}\n答案: ";
    private static final String ANSWER_FORMAT = "{answer}";

    private CevalPrompts() {
    }

    /** The HUMAN prompt of the subject's config: the Chinese name is part of the template, not a placeholder. */
    static String humanPrompt(CevalSubject subject) {
        return BLOCK_FORMAT.replace("{name}", subject.chinese());
    }

    /** The question block of a row asked as the question (as the prompt ends with it). */
    public static String block(CevalSubject subject, CevalRow row) {
        return SafeFormat.apply(humanPrompt(subject), row.asQuestion());
    }

    public static String render(ChatTemplate template, CevalSubject subject, List<CevalRow> dev, CevalRow row) {
        SequencedMap<String, String> question = row.asQuestion();
        String human = humanPrompt(subject);
        List<Shot> shots = shots(subject, dev).stream()
                .map(shot -> new Shot(
                        SafeFormat.apply(SafeFormat.apply(human, shot.columns()), question),
                        SafeFormat.apply(SafeFormat.apply(ANSWER_FORMAT, shot.columns()), question)))
                .toList();
        return template.render(shots, SafeFormat.apply(human, question));
    }

    /** Dev rows 0-4; a subject with fewer dev rows cannot be run as OpenCompass runs it. */
    static List<CevalRow> shots(CevalSubject subject, List<CevalRow> dev) {
        if (dev.size() < SHOTS) {
            throw new CevalDatasetException(CevalSplit.DEV.file(subject.key()) + " has " + dev.size()
                    + " rows; the prompt needs the " + SHOTS + " in-context examples of rows 0-4");
        }
        return dev.subList(0, SHOTS);
    }

    /**
     * evalstream's own prompt version for run metadata: SHA-256 of the block format, the filling rule and the chat
     * wrapper ({@link ChatTemplate#describe()}), 6 hex digits. It changes with the template, unlike the summary's
     * {@link CevalVersion}.
     */
    public static String templateHash(ChatTemplate template) {
        return Hashes.sha256("benchmark=ceval\nblock=" + BLOCK_FORMAT + "\nfill=safe_format\nshots=" + SHOTS + "\n"
                + template.describe()).substring(0, 6);
    }
}

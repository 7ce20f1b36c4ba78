package io.evalstream.orchestrator.benchmark.ceval;

import io.evalstream.orchestrator.prompt.ChatTemplate;
import io.evalstream.orchestrator.prompt.Hashes;
import io.evalstream.orchestrator.prompt.Shot;
import java.util.List;

/**
 * OpenCompass's {@code ceval_gen_5f30c7} prompt: the subject's five dev rows as examples, then the question.
 * All shots are always kept; OpenCompass drops shots only above 2048 tokens, which no C-Eval prompt reaches.
 */
public final class CevalPrompts {

    static final String BLOCK_FORMAT =
            "以下是中国关于{name}考试的单项选择题，请选出其中的正确答案。\n{question}\nA. {A}\nB. {B}\nC. {C}\nD. {D}\n答案: ";

    private CevalPrompts() {
    }

    /** Plain concatenation: values are inserted as read, never re-scanned for placeholders. */
    public static String block(CevalSubject subject, CevalRow row) {
        return "以下是中国关于" + subject.chinese() + "考试的单项选择题，请选出其中的正确答案。\n" + row.question()
                + "\nA. " + row.a() + "\nB. " + row.b() + "\nC. " + row.c() + "\nD. " + row.d() + "\n答案: ";
    }

    public static String render(ChatTemplate template, CevalSubject subject, List<CevalRow> dev, CevalRow row) {
        List<Shot> shots = dev.stream().map(shot -> new Shot(block(subject, shot), shot.answer())).toList();
        return template.render(shots, block(subject, row));
    }

    /**
     * The summary's 6-hex {@code version}: SHA-256 of the question block format plus the chat wrapper
     * ({@link ChatTemplate#describe()}). OpenCompass's own values hash its Python config objects and cannot be
     * reproduced outside it, so ours differ from its summaries by design.
     */
    public static String version(ChatTemplate template) {
        return Hashes.sha256("benchmark=ceval\nblock=" + BLOCK_FORMAT + "\n" + template.describe()).substring(0, 6);
    }
}

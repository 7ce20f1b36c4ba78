package io.evalstream.orchestrator.benchmark.ceval;

import io.evalstream.benchmark.ceval.CevalPrompts;
import io.evalstream.benchmark.ceval.CevalRow;
import io.evalstream.benchmark.ceval.CevalSource;
import io.evalstream.benchmark.ceval.CevalSplit;
import io.evalstream.benchmark.ceval.CevalSubject;
import io.evalstream.benchmark.prompt.ChatTemplate;
import io.evalstream.benchmark.prompt.Hashes;
import io.evalstream.pipeline.Question;
import java.util.List;

/** Turns a subject's rows of one split into pipeline questions with rendered 5-shot prompts. */
public final class CevalQuestions {

    private CevalQuestions() {
    }

    public static List<Question> render(CevalSource source, CevalSplit split, CevalSubject subject,
            ChatTemplate template) {
        List<CevalRow> dev = source.rows(CevalSplit.DEV, subject.key());
        List<CevalRow> rows = split == CevalSplit.DEV ? dev : source.rows(split, subject.key());
        return rows.stream().map(row -> {
            String prompt = CevalPrompts.render(template, subject, dev, row);
            return Question.newBuilder()
                    .setQuestionId("ceval/" + split.label() + "/" + subject.key() + "/" + row.id())
                    .setSubject(subject.key())
                    .setIndex(row.index())
                    .setPrompt(prompt)
                    .setPromptHash(Hashes.sha256(prompt))
                    .setGold(row.answer())
                    .build();
        }).toList();
    }
}

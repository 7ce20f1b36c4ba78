package io.evalstream.orchestrator.benchmark.ceval;

import io.evalstream.benchmark.ceval.CevalSource;
import io.evalstream.benchmark.ceval.CevalSplit;
import io.evalstream.benchmark.ceval.CevalSubject;
import io.evalstream.benchmark.prompt.ChatTemplate;
import io.evalstream.pipeline.Question;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A subject's rendered questions, kept for the next run of the same template and split: every such run renders the
 * same prompts. Keyed by the subject's files as they read now, so changed data is rendered again; holds at most
 * {@code evalstream.rendered-questions.limit} questions and forgets the least recently used subjects first.
 */
@ApplicationScoped
public class RenderedQuestions {

    private final Map<Key, List<Question>> rendered = new LinkedHashMap<>(64, 0.75f, true);
    private final int limit;
    private int held;

    public RenderedQuestions(RenderedQuestionsConfig config) {
        this.limit = config.limit();
    }

    public List<Question> of(CevalSource source, CevalSplit split, CevalSubject subject, ChatTemplate template) {
        String devFile = CevalSplit.DEV.file(subject.key());
        String splitFile = split.file(subject.key());
        Key key = new Key(template, split, subject, source.files().read(devFile), source.files().read(splitFile));
        List<Question> cached = cached(key);
        if (cached != null) {
            return cached;
        }
        List<Question> questions = CevalQuestions.render(source, split, subject, template);
        remember(key, questions);
        return questions;
    }

    private synchronized List<Question> cached(Key key) {
        return rendered.get(key);
    }

    private synchronized void remember(Key key, List<Question> questions) {
        if (questions.size() > limit || rendered.containsKey(key)) {
            return;
        }
        rendered.put(key, questions);
        held += questions.size();
        Iterator<List<Question>> eldest = rendered.values().iterator();
        while (held > limit) {
            held -= eldest.next().size();
            eldest.remove();
        }
    }

    /** Everything a rendered prompt depends on: the template, the split, the subject's names and its two files. */
    private record Key(ChatTemplate template, CevalSplit split, CevalSubject subject, String devCsv, String splitCsv) {
    }
}

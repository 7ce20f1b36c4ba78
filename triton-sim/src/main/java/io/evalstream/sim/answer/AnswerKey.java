package io.evalstream.sim.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import io.evalstream.benchmark.ceval.CevalPrompts;
import io.evalstream.benchmark.ceval.CevalSource;
import io.evalstream.benchmark.ceval.CevalSplit;
import io.evalstream.benchmark.ceval.CevalSubject;
import io.evalstream.sim.config.SimConfig;
import io.quarkus.logging.Log;

/**
 * Identifies C-Eval questions: by question id (a {@code #<n>} retry suffix is ignored) or, failing that, by the last
 * question block at the end of the prompt. Identical blocks (e.g. college_economics val 5 and 54) resolve to the first
 * in file order, which is why clients should send the question id.
 */
@Singleton
public class AnswerKey {

    private static final Pattern RETRY_SUFFIX = Pattern.compile("#\\d+$");
    private static final String BLOCK_START = "以下是中国关于";
    private static final String CHAT_TAIL = "<|im_end|>\n<|im_start|>assistant\n";

    private final Map<String, CevalQuestion> byId = new HashMap<>();
    private final Map<String, CevalQuestion> byBlock = new HashMap<>();

    AnswerKey(SimConfig config) {
        CevalSource source = CevalSource.open(config.cevalPath());
        source.warnings().forEach(Log::warn);
        for (CevalSplit split : List.of(CevalSplit.VAL, CevalSplit.DEV, CevalSplit.TEST)) {
            for (CevalSubject subject : source.subjects()) {
                source.rows(split, subject.key()).forEach(row -> add(new CevalQuestion(
                        "ceval/" + split.label() + "/" + subject.key() + "/" + row.id(),
                        CevalPrompts.block(subject, row), Optional.of(row.answer()).filter(a -> !a.isEmpty()))));
            }
        }
        Log.infof("Loaded %d C-Eval questions from %s", byId.size(), config.cevalPath());
    }

    private void add(CevalQuestion question) {
        byId.put(question.id(), question);
        byBlock.putIfAbsent(question.block(), question);
    }

    public Optional<CevalQuestion> identify(String requestId, String prompt) {
        CevalQuestion byRequestId = byId.get(RETRY_SUFFIX.matcher(requestId).replaceFirst(""));
        return byRequestId != null ? Optional.of(byRequestId) : byPrompt(prompt);
    }

    public Optional<CevalQuestion> byPrompt(String prompt) {
        String body = prompt.endsWith(CHAT_TAIL) ? prompt.substring(0, prompt.length() - CHAT_TAIL.length()) : prompt;
        int start = body.lastIndexOf(BLOCK_START);
        return start < 0 ? Optional.empty() : Optional.ofNullable(byBlock.get(body.substring(start)));
    }
}

package io.evalstream.sim.answer;

import jakarta.inject.Singleton;

import io.evalstream.sim.config.SimConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/** Produces the full (untruncated) model output for a prompt, by the configured policy. */
@Singleton
@Startup
public class Answerer {

    private final AnswerKey key;
    private final AnswerPolicy policy;

    Answerer(AnswerKey key, SimConfig config) {
        this.key = key;
        this.policy = PolicyParser.parse(config.policy());
        Log.infof("Answer policy %s", config.policy());
    }

    /** The requestId identifies the question when it is a known question id; otherwise the prompt end does. */
    public String answer(String requestId, String prompt) {
        return policy.style().render(policy.letter(key.identify(requestId, prompt), prompt));
    }

    public String answerByPrompt(String prompt) {
        return policy.style().render(policy.letter(key.byPrompt(prompt), prompt));
    }
}

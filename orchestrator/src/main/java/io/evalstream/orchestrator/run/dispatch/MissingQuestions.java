package io.evalstream.orchestrator.run.dispatch;

import io.evalstream.orchestrator.run.plan.RunPlanner;
import io.evalstream.orchestrator.run.state.RunEntity;
import io.evalstream.orchestrator.scorer.ScorerClient;
import io.evalstream.pipeline.Question;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** A run's questions, rendered again from the data, that have no stored result at the scorer. */
@ApplicationScoped
public class MissingQuestions {

    private final RunPlanner planner;
    private final ScorerClient scorer;

    public MissingQuestions(RunPlanner planner, ScorerClient scorer) {
        this.planner = planner;
        this.scorer = scorer;
    }

    public Missing of(RunEntity run) {
        Set<String> stored = scorer.storedQuestionIds(run.id);
        List<Question> all = planner.plan(run.request()).questions();
        return new Missing(all.stream().filter(q -> !stored.contains(q.getQuestionId())).toList(), all.getLast());
    }

    /**
     * @param questions the questions without a result, in publication order
     * @param last      the run's last question
     */
    public record Missing(List<Question> questions, Question last) {

        /**
         * What to publish again: the missing questions or, when every question has a result but the outcome never
         * arrived, the last question alone, whose result makes the scorer announce the outcome again.
         */
        public List<Question> toSend() {
            return questions.isEmpty() ? List.of(last) : questions;
        }

        public List<String> ids() {
            return questions.stream().map(Question::getQuestionId).toList();
        }
    }
}

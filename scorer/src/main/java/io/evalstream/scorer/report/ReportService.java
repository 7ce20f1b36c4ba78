package io.evalstream.scorer.report;

import io.evalstream.benchmark.ceval.PromptLength;
import io.evalstream.scorer.ceval.CevalScores;
import io.evalstream.scorer.ceval.SubjectTally;
import io.evalstream.scorer.result.QuestionResult;
import io.evalstream.scorer.result.RunTallies;
import io.evalstream.scorer.result.ScoredRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a run's scores and results for the report API. */
@ApplicationScoped
public class ReportService {

    @Transactional
    public RunReport report(String runId) {
        return reportOf(find(runId));
    }

    @Transactional
    public RunOutputs outputs(String runId) {
        ScoredRun run = find(runId);
        RunReport report = reportOf(run);
        if (!report.complete()) {
            throw new RunIncompleteException(runId, QuestionResult.countOfRun(runId), run.expectedQuestions);
        }
        return new RunOutputs(report, QuestionResult.ofRun(runId).stream().map(OutputRow::of).toList());
    }

    @Transactional
    public List<String> storedQuestionIds(String runId) {
        return QuestionResult.answeredQuestionIdsOfRun(find(runId).runId);
    }

    private static ScoredRun find(String runId) {
        return ScoredRun.byId(runId).orElseThrow(() -> new RunNotFoundException(runId));
    }

    private static RunReport reportOf(ScoredRun run) {
        List<SubjectTally> tallies = RunTallies.reported(run);
        boolean graded = QuestionResult.anyGold(run.runId);
        Map<String, SubjectTally> bySubject = new LinkedHashMap<>();
        tallies.forEach(t -> bySubject.put(t.subject(), t));
        return new RunReport(run.runId, run.modelAbbr, run.split, run.promptVersion, run.datasetLabel,
                run.subjectList(), run.complete(), graded, bySubject,
                graded ? CevalScores.groups(run.datasetLabel, tallies) : List.of(),
                graded && !tallies.isEmpty() ? CevalScores.weightedAverage(tallies) : null, warnings(run));
    }

    private static List<String> warnings(ScoredRun run) {
        return QuestionResult.overInputLimit(run.runId, PromptLength.MAX_INPUT_TOKENS).stream()
                .map(r -> PromptLength.warning(run.datasetLabel + "-" + r.subject, r.rowIndex, r.inputTokens))
                .toList();
    }
}

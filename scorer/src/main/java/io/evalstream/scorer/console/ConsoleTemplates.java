package io.evalstream.scorer.console;

import io.evalstream.scorer.result.ScoredRun;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The console's pages, checked against their templates in src/main/resources/templates at build time. */
@CheckedTemplate
public class ConsoleTemplates {

    private ConsoleTemplates() {
    }

    public static native TemplateInstance runs(Page<RunRow> page, List<String> models, String model, String status,
            List<RunStatus> statuses, String query);

    public static native TemplateInstance run(RunRow run, ScoredRun settings, RunSummary summary, Latency latency,
            Failures failures, long promptHashes, String chartData);

    public static native TemplateInstance compare(List<RunRow> runs, Comparison comparison, String chartData,
            int against, Page<DifferingAnswer> differing, String query);

    public static native TemplateInstance questions(RunRow run, List<String> subjects, QuestionFilter filter,
            List<String> outcomes, Page<QuestionView> page, String query);

    public static native TemplateInstance signIn(boolean rejected);
}

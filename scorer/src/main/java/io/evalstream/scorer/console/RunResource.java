package io.evalstream.scorer.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.scorer.ceval.Category;
import io.evalstream.scorer.ceval.CevalSubjects;
import io.evalstream.scorer.report.ReportService;
import io.evalstream.scorer.report.RunNotFoundException;
import io.evalstream.scorer.report.RunReport;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run's page: its summary as the CSV, charts of subjects and throughput, latency, failures and settings. */
@Path("/runs/{id}")
public class RunResource {

    private static final int FAILURES_SHOWN = 20;

    private final ConsoleQueries queries;
    private final ReportService reports;
    private final DeadLetters deadLetters;
    private final ObjectMapper json;

    public RunResource(ConsoleQueries queries, ReportService reports, DeadLetters deadLetters, ObjectMapper json) {
        this.queries = queries;
        this.reports = reports;
        this.deadLetters = deadLetters;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance run(@PathParam("id") String id) {
        RunRow run = queries.run(id).orElseThrow(() -> new RunNotFoundException(id));
        RunReport report = reports.report(id);
        Failures failures = new Failures(queries.failureCounts(id), queries.firstFailures(id, FAILURES_SHOWN),
                deadLetters.byReason());
        return ConsoleTemplates.run(run, queries.scoredRun(id).orElseThrow(), RunSummary.of(report),
                queries.latency(id), failures, queries.promptHashes(id), ChartData.toJson(json, chartData(id, report)));
    }

    private Map<String, Object> chartData(String id, RunReport report) {
        List<Map<String, Object>> subjects = new ArrayList<>();
        if (report.graded()) {
            for (String subject : report.subjects()) {
                report.tally(subject).ifPresent(t -> subjects.add(Map.of("subject", subject, "category",
                        CevalSubjects.category(subject).map(Category::label).orElse("Other"),
                        "accuracy", t.accuracy())));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("categories", List.of(Category.values()).stream().map(Category::label).toList());
        data.put("subjects", subjects);
        data.put("throughput", queries.throughput(id));
        return data;
    }
}

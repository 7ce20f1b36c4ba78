package io.evalstream.scorer.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.scorer.report.ReportService;
import io.evalstream.scorer.report.RunReport;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two or more stored runs side by side; the first is the baseline. Lists the questions whose extracted answer differs
 * between the baseline and one other run ({@code against}, 1 = the second run).
 */
@Path("/compare")
public class CompareResource {

    static final int PAGE_SIZE = 20;

    private final ConsoleQueries queries;
    private final ReportService reports;
    private final ObjectMapper json;

    public CompareResource(ConsoleQueries queries, ReportService reports, ObjectMapper json) {
        this.queries = queries;
        this.reports = reports;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance compare(@QueryParam("run") List<String> runIds,
            @QueryParam("against") @DefaultValue("1") int against, @QueryParam("page") @DefaultValue("0") int page) {
        List<String> ids = runIds.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        List<RunReport> runs = ids.stream().map(reports::report).toList();
        Comparison comparison = Comparison.of(runs);
        if (against < 1 || against >= ids.size()) {
            throw new BadConsoleInput("against must name one of the runs after the first (1 to " + (ids.size() - 1)
                    + "), got " + against);
        }
        List<String> params = new ArrayList<>();
        ids.forEach(id -> params.addAll(List.of("run", id)));
        params.addAll(List.of("against", Integer.toString(against)));
        return ConsoleTemplates.compare(queries.runs(ids), comparison, ChartData.toJson(json, chartData(comparison)),
                against, queries.differingAnswers(ids.getFirst(), ids.get(against), Math.max(0, page), PAGE_SIZE),
                QueryString.of(params.toArray(String[]::new)));
    }

    private static Map<String, Object> chartData(Comparison comparison) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("runs", comparison.runs().stream().map(RunReport::runId).toList());
        data.put("subjects", comparison.rows().stream().filter(r -> !r.group()).map(Comparison.Row::subject).toList());
        data.put("differences", comparison.rows().stream().filter(r -> !r.group())
                .map(Comparison.Row::differences).toList());
        return data;
    }
}

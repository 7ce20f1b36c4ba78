package io.evalstream.scorer.console;

import io.evalstream.scorer.report.RunNotFoundException;
import io.evalstream.scorer.result.QuestionResult;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A run's questions, filtered by subject, outcome and text, a page at a time. */
@Path("/runs/{id}/questions")
public class QuestionsResource {

    static final int PAGE_SIZE = 20;

    private final ConsoleQueries queries;

    public QuestionsResource(ConsoleQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance questions(@PathParam("id") String id, @QueryParam("subject") String subject,
            @QueryParam("outcome") String outcome, @QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") int page) {
        RunRow run = queries.run(id).orElseThrow(() -> new RunNotFoundException(id));
        QuestionFilter filter = new QuestionFilter(subject, outcome, text);
        Page<QuestionResult> results = queries.questions(id, filter, Math.max(0, page), PAGE_SIZE);
        Page<QuestionView> views = new Page<>(results.rows().stream().map(QuestionView::of).toList(),
                results.number(), results.size(), results.total());
        String query = QueryString.of("subject", filter.subject(), "outcome", filter.outcome(), "q", filter.text());
        return ConsoleTemplates.questions(run, queries.scoredRun(id).orElseThrow().subjectList(), filter,
                QuestionFilter.OUTCOMES, views, query);
    }
}

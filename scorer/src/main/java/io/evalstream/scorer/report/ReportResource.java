package io.evalstream.scorer.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The report API: JSON, OpenCompass's summary CSV and TXT, and the whole output folder as a zip. */
@Path("/api/v1/runs/{id}")
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("report")
    @Produces(MediaType.APPLICATION_JSON)
    public ReportView report(@PathParam("id") String id) {
        return ReportView.of(reports.report(id));
    }

    @GET
    @Path("report.csv")
    @Produces("text/csv;charset=UTF-8")
    public String csv(@PathParam("id") String id) {
        return SummaryCsv.render(SummaryTable.of(reports.report(id)));
    }

    @GET
    @Path("report.txt")
    @Produces("text/plain;charset=UTF-8")
    public String text(@PathParam("id") String id, @QueryParam("timestamp") String timestamp) {
        return SummaryText.render(Timestamps.orNow(timestamp), reports.report(id));
    }

    @GET
    @Path("outputs.zip")
    @Produces("application/zip")
    public Response outputs(@PathParam("id") String id, @QueryParam("timestamp") String timestamp) {
        String folder = Timestamps.orNow(timestamp);
        byte[] zip = OutputsZip.build(folder, reports.outputs(id));
        return Response.ok(zip).header("Content-Disposition", "attachment; filename=\"" + folder + ".zip\"").build();
    }
}

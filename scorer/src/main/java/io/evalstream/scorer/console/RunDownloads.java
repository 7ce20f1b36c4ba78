package io.evalstream.scorer.console;

import io.evalstream.scorer.report.OutputsZip;
import io.evalstream.scorer.report.ReportService;
import io.evalstream.scorer.report.SummaryCsv;
import io.evalstream.scorer.report.SummaryTable;
import io.evalstream.scorer.report.SummaryText;
import io.evalstream.scorer.report.Timestamps;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The report API's files under the console's paths, so that the sign-in cookie opens them too: the same report code
 * writes them. The submission JSON is the one in the outputs zip.
 */
@Path("/runs/{id}/download")
public class RunDownloads {

    private final ReportService reports;

    public RunDownloads(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("summary.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response csv(@PathParam("id") String id) {
        return attachment(SummaryCsv.render(SummaryTable.of(reports.report(id))), "summary_" + id + ".csv");
    }

    @GET
    @Path("summary.txt")
    @Produces("text/plain;charset=UTF-8")
    public Response text(@PathParam("id") String id) {
        return attachment(SummaryText.render(Timestamps.orNow(null), reports.report(id)), "summary_" + id + ".txt");
    }

    @GET
    @Path("outputs.zip")
    @Produces("application/zip")
    public Response outputs(@PathParam("id") String id) {
        String folder = Timestamps.orNow(null);
        return attachment(OutputsZip.build(folder, reports.outputs(id)), folder + ".zip");
    }

    @GET
    @Path("submission.json")
    @Produces("application/json;charset=UTF-8")
    public Response submission(@PathParam("id") String id) {
        byte[] zip = OutputsZip.build(Timestamps.orNow(null), reports.outputs(id));
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals("submission.json")) {
                    return attachment(entries.readAllBytes(), "submission.json");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new NotFoundException("run " + id + " has gold answers: its results are scored, there is no submission");
    }

    private static Response attachment(Object body, String name) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}

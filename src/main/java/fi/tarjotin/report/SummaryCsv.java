package fi.tarjotin.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The summary as CSV for a spreadsheet: one row per figure ({@code section,code,count}), UTF-8 with a
 * byte order mark so that Excel shows the Finnish letters right.
 */
final class SummaryCsv {

    private SummaryCsv() {
    }

    static String of(Summary s) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("section", "code", "count").get())) {
            csv.printRecord("period", s.from() + "/" + s.to(), "");
            csv.printRecord("municipality", s.municipalityCode() == null ? "region" : s.municipalityCode(), "");
            for (Summary.Count c : s.listingsByStatus()) {
                csv.printRecord("status", c.code(), c.count());
            }
            for (Summary.Count c : s.listingsByType()) {
                csv.printRecord("type", c.code(), c.count());
            }
            for (Summary.Count c : s.listingsByTargetGroup()) {
                csv.printRecord("targetGroup", c.code(), c.count());
            }
            csv.printRecord("publishedInPeriod", "", s.publishedInPeriod());
            csv.printRecord("closedInPeriod", "", s.closedInPeriod());
            csv.printRecord("capacityOffered", "", s.capacityOffered());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

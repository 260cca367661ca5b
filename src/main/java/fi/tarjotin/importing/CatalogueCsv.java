package fi.tarjotin.importing;

import fi.tarjotin.common.PlainText;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.ValidationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the catalogue CSV exported from the current PowerApps data (SharePoint list or Excel): UTF-8 (a
 * byte order mark is dropped), a header row, {@code ;} or {@code ,} between fields (whichever the header
 * uses), quotes as Excel writes them. Header names are matched without regard to case. The columns are
 * listed in the README ("Importing the existing catalogue").
 */
final class CatalogueCsv {

    static final List<String> REQUIRED = List.of("id", "organisation", "type", "title");

    private CatalogueCsv() {
    }

    /** One data row: its line in the file and its values by lower-cased column name. */
    record Row(long line, Map<String, String> values) {

        String get(String column) {
            String value = values.get(column.toLowerCase(Locale.ROOT));
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    static List<Row> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstLineEnd = csv.indexOf('\n') < 0 ? csv.length() : csv.indexOf('\n');
        String header = csv.substring(0, firstLineEnd);
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(format).get()) {
            List<String> columns = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            for (String required : REQUIRED) {
                if (!columns.contains(required.toLowerCase(Locale.ROOT))) {
                    throw ValidationException.of(ErrorCode.MISSING_COLUMN, required);
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new TreeMap<>();
                for (int i = 0; i < columns.size() && i < record.size(); i++) {
                    // Cells may hold several lines (descriptions); the services clean one-line fields further.
                    String cell = columns.get(i).equals("id") ? PlainText.line(record.get(i))
                            : PlainText.lines(record.get(i));
                    values.put(columns.get(i), cell);
                }
                rows.add(new Row(parser.getCurrentLineNumber(), values));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException unreadable) {
            throw ValidationException.of(ErrorCode.INVALID_CSV, null);
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}

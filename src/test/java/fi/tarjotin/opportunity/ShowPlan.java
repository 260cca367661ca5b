package fi.tarjotin.opportunity;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The index reads in a SQL Server XML showplan (schema http://schemas.microsoft.com/sqlserver/2004/07/showplan):
 * which index each {@code RelOp} reads, whether it seeks or scans, and on which key columns, so that a test
 * can say "this statement seeks that index" the way SearchQueryPlanTest says it from H2's EXPLAIN.
 */
final class ShowPlan {

    static final String NAMESPACE = "http://schemas.microsoft.com/sqlserver/2004/07/showplan";

    /** One read of an index: the operator (Index Seek, Index Scan, Clustered Index Seek …) and its seeks. */
    record IndexAccess(String operator, String table, String index, List<Seek> seeks) {

        boolean isSeek() {
            return operator.endsWith("Seek") || operator.equals("Key Lookup");
        }

        @Override
        public String toString() {
            return operator + " " + table + "." + index + seeks.stream().map(s -> " " + s).collect(Collectors.joining());
        }
    }

    /** The keys of one seek: the columns compared for equality (in index order) and those read as a range. */
    record Seek(List<String> equal, List<String> range) {

        @Override
        public String toString() {
            return "=" + equal + (range.isEmpty() ? "" : " range" + range);
        }
    }

    private final List<IndexAccess> accesses;
    private final List<String> seekPlanConverts;

    private ShowPlan(List<IndexAccess> accesses, List<String> seekPlanConverts) {
        this.accesses = accesses;
        this.seekPlanConverts = seekPlanConverts;
    }

    static ShowPlan parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {   // throws, instead of also printing to stderr
                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            Element root = builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
            if (!NAMESPACE.equals(root.getNamespaceURI()) || !"ShowPlanXML".equals(root.getLocalName())) {
                throw new IllegalArgumentException("Not a SQL Server showplan: <" + root.getTagName() + ">");
            }
            List<IndexAccess> accesses = descendants(root, "RelOp").stream().map(ShowPlan::indexAccess)
                    .filter(a -> a != null).toList();
            // The optimizer's own note that converting a column kept it from seeking (a VARCHAR column compared
            // with an NVARCHAR parameter, for one).
            List<String> converts = descendants(root, "PlanAffectingConvert").stream()
                    .filter(c -> "Seek Plan".equals(c.getAttribute("ConvertIssue")))
                    .map(c -> c.getAttribute("Expression")).toList();
            return new ShowPlan(accesses, converts);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("Unreadable showplan: " + e.getMessage(), e);
        }
    }

    /**
     * Runs one statement as the service does (a prepared statement, bound with setObject) on a connection of
     * its own and returns the plan SQL Server executed it with. SET STATISTICS XML returns that plan as one
     * more result set; SET SHOWPLAN_XML would not do here, because mssql-jdbc sends a prepared statement as a
     * remote procedure call and SQL Server returns no estimated plan for it (microsoft/mssql-jdbc#778).
     */
    static String actualPlan(Connection connection, String sql, List<Object> args) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute("SET STATISTICS XML ON");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            boolean isResultSet = statement.execute();
            while (isResultSet || statement.getUpdateCount() != -1) {
                if (isResultSet) {
                    try (ResultSet rows = statement.getResultSet()) {
                        String plan = rows.getMetaData().getColumnCount() == 1 && rows.next() ? rows.getString(1) : null;
                        if (plan != null && plan.contains("<ShowPlanXML")) {
                            return plan;
                        }
                    }
                }
                isResultSet = statement.getMoreResults();
            }
        } finally {
            try (Statement reset = connection.createStatement()) {
                reset.execute("SET STATISTICS XML OFF");
            }
        }
        throw new IllegalStateException("SQL Server returned no plan for " + sql);
    }

    List<IndexAccess> accesses() {
        return accesses;
    }

    /** Expressions where converting a column kept SQL Server from seeking an index. */
    List<String> seekPlanConverts() {
        return seekPlanConverts;
    }

    /**
     * Why this plan does not seek {@code index} with equality on {@code keys} (the leading key columns, in
     * order); empty when it does. Every seek of the index counts (an IN list is one seek per value).
     */
    List<String> seekFailures(String index, List<String> keys) {
        List<String> failures = new ArrayList<>();
        seekPlanConverts.forEach(e -> failures.add("a converted column prevents a seek: " + e));
        List<IndexAccess> reads = accesses.stream().filter(a -> a.index().equalsIgnoreCase(index)).toList();
        if (reads.isEmpty()) {
            failures.add(index + " is not read; the plan reads " + accesses);
        }
        for (IndexAccess read : reads) {
            if (!read.isSeek() || read.seeks().isEmpty()) {
                failures.add(index + " is read by " + read.operator() + ", not sought");
            }
            for (Seek seek : read.seeks()) {
                List<String> leading = seek.equal().subList(0, Math.min(keys.size(), seek.equal().size()));
                if (!lowerCase(leading).equals(lowerCase(keys))) {
                    failures.add(index + " is sought with equality on " + seek.equal() + ", not on " + keys);
                }
            }
        }
        return failures;
    }

    /** One line per index read, for reading next to H2's plans. */
    String summary() {
        return accesses.stream().map(IndexAccess::toString).collect(Collectors.joining("\n"));
    }

    private static IndexAccess indexAccess(Element relOp) {
        Element scan = child(relOp, "IndexScan");
        Element object = scan == null ? null : child(scan, "Object");
        if (object == null) {
            return null;
        }
        String operator = "true".equals(scan.getAttribute("Lookup")) ? "Key Lookup" : relOp.getAttribute("PhysicalOp");
        List<Seek> seeks = new ArrayList<>();
        Element predicates = child(scan, "SeekPredicates");
        if (predicates != null) {
            // SeekKeys since SQL Server 2008 (inside SeekPredicateNew or SeekPredicatePart), SeekPredicate before.
            List<Element> keys = descendants(predicates, "SeekKeys");
            for (Element key : keys.isEmpty() ? descendants(predicates, "SeekPredicate") : keys) {
                seeks.add(new Seek(columns(key, "Prefix"), concat(columns(key, "StartRange"), columns(key, "EndRange"))));
            }
        }
        return new IndexAccess(operator, unbracket(object.getAttribute("Table")), unbracket(object.getAttribute("Index")),
                List.copyOf(seeks));
    }

    /** The columns of a Prefix, StartRange or EndRange; only equality counts as a prefix. */
    private static List<String> columns(Element seekKeys, String range) {
        Element element = child(seekKeys, range);
        if (element == null || (range.equals("Prefix") && !"EQ".equals(element.getAttribute("ScanType")))) {
            return List.of();
        }
        Element rangeColumns = child(element, "RangeColumns");
        return rangeColumns == null ? List.of() : descendants(rangeColumns, "ColumnReference").stream()
                .map(c -> unbracket(c.getAttribute("Column"))).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }

    private static List<String> lowerCase(List<String> names) {
        return names.stream().map(String::toLowerCase).toList();
    }

    private static String unbracket(String name) {
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> descendants(Element parent, String localName) {
        var nodes = parent.getElementsByTagNameNS(NAMESPACE, localName);
        List<Element> found = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}

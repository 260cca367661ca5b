package fi.tarjotin.opportunity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How SearchQueryPlanTest reads SQL Server's plans, checked here on showplans written by hand (no SQL Server
 * runs in the default build): it names the index each step reads and tells a seek on the index's leading
 * columns from a scan, from a seek through a converted parameter and from a seek on fewer columns.
 */
class ShowPlanTest {

    private static final List<String> MUNICIPALITY_AND_STATUS = List.of("municipality_code", "status");

    @Test
    void readsEachIndexTheStatementReadsWithTheColumnsItSeeks() {
        ShowPlan plan = ShowPlan.parse(sample("seek-by-municipality.xml"));

        assertEquals(List.of(
                new ShowPlan.IndexAccess("Index Seek", "opportunity_municipality", "ix_oppmun_search",
                        List.of(new ShowPlan.Seek(MUNICIPALITY_AND_STATUS, List.of("updated_at")))),
                new ShowPlan.IndexAccess("Clustered Index Seek", "opportunity", "pk_opportunity",
                        List.of(new ShowPlan.Seek(List.of("id"), List.of()))),
                new ShowPlan.IndexAccess("Clustered Index Seek", "organisation", "pk_organisation",
                        List.of(new ShowPlan.Seek(List.of("id"), List.of())))), plan.accesses());
        assertEquals(List.of(), plan.seekPlanConverts());
    }

    @Test
    void aSeekOnTheIndexsLeadingColumnsPasses() {
        ShowPlan plan = ShowPlan.parse(sample("seek-by-municipality.xml"));

        assertEquals(List.of(), plan.seekFailures("ix_oppmun_search", MUNICIPALITY_AND_STATUS));
        assertEquals(List.of(), plan.seekFailures("IX_OPPMUN_SEARCH", List.of("municipality_code")));
    }

    @Test
    void aSeekOnFewerColumnsOrAnotherIndexFails() {
        ShowPlan plan = ShowPlan.parse(sample("seek-by-municipality.xml"));

        assertEquals(List.of("ix_oppmun_search is sought with equality on [municipality_code, status], not on "
                        + "[municipality_code, status, type]"),
                plan.seekFailures("ix_oppmun_search", List.of("municipality_code", "status", "type")));
        List<String> notRead = plan.seekFailures("ix_oppmun_search_type", MUNICIPALITY_AND_STATUS);
        assertEquals(1, notRead.size(), notRead::toString);
        assertTrue(notRead.get(0).startsWith("ix_oppmun_search_type is not read; the plan reads [Index Seek "
                + "opportunity_municipality.ix_oppmun_search =[municipality_code, status] range[updated_at]"), notRead.get(0));
    }

    @Test
    void aScanOfAConvertedColumnFailsAndSaysWhy() {
        ShowPlan plan = ShowPlan.parse(sample("scan-of-converted-column.xml"));

        assertEquals(List.of(new ShowPlan.IndexAccess("Index Scan", "opportunity_municipality", "ix_oppmun_search",
                List.of())), plan.accesses());
        assertEquals(List.of(
                "a converted column prevents a seek: CONVERT_IMPLICIT(nvarchar(3),[m].[municipality_code],0)=[@P1]",
                "a converted column prevents a seek: CONVERT_IMPLICIT(nvarchar(12),[m].[status],0)=[@P2]",
                "ix_oppmun_search is read by Index Scan, not sought"),
                plan.seekFailures("ix_oppmun_search", MUNICIPALITY_AND_STATUS));
    }

    @Test
    void aSeekThroughAConvertedParameterComparesNothingForEqualityAndFails() {
        ShowPlan plan = ShowPlan.parse(sample("seek-through-convert.xml"));

        assertEquals(List.of("ix_oppmun_search is sought with equality on [], not on [municipality_code, status]"),
                plan.seekFailures("ix_oppmun_search", MUNICIPALITY_AND_STATUS));
    }

    @Test
    void anInListIsOneSeekPerValueAndEachMustUseTheKeys() {
        ShowPlan plan = ShowPlan.parse(sample("seek-through-convert.xml"));

        ShowPlan.IndexAccess byType = plan.accesses().get(1);
        assertEquals("ix_oppmun_search_type", byType.index());
        assertEquals(2, byType.seeks().size());
        assertEquals(List.of(), plan.seekFailures("ix_oppmun_search_type",
                List.of("municipality_code", "status", "type")));
    }

    @Test
    void somethingElseIsNotTakenForAPlan() {
        assertThrows(IllegalArgumentException.class, () -> ShowPlan.parse("<ShowPlanXML/>"));
        assertThrows(IllegalArgumentException.class, () -> ShowPlan.parse("SELECT 1"));
        assertThrows(IllegalArgumentException.class, () -> ShowPlan.parse(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><ShowPlanXML xmlns=\""
                        + ShowPlan.NAMESPACE + "\">&e;</ShowPlanXML>"));
    }

    private static String sample(String name) {
        try (var in = ShowPlanTest.class.getResourceAsStream("/showplan/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

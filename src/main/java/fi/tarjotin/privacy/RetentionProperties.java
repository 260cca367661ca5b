package fi.tarjotin.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;

/** How long personal data is kept ({@code tarjotin.retention.*}). */
@ConfigurationProperties("tarjotin.retention")
public class RetentionProperties {

    /** Contact persons of a listing are erased this many months after the listing was archived. */
    private int archivedContactMonths = 12;

    public int getArchivedContactMonths() {
        return archivedContactMonths;
    }

    public void setArchivedContactMonths(int archivedContactMonths) {
        this.archivedContactMonths = archivedContactMonths;
    }
}

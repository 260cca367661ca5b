package fi.tarjotin.support;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Published reference files (connector schemas, HSDS schemas…) that the tests validate against, read from
 * {@code shared/reference/} beside the clone and never copied into the repository. A test that needs one
 * and cannot find it reports itself skipped with the reason: it did not check what it names, so it must
 * not pass. {@code -Dtarjotin.test.shared-dir=DIR} reads them from elsewhere (default {@code ../shared}).
 */
public final class SharedReference {

    static final String LOCATION_PROPERTY = "tarjotin.test.shared-dir";

    private SharedReference() {
    }

    /** The folder {@code shared/reference/<first>/<more…>}, whether or not it is there. */
    public static Path folder(String first, String... more) {
        return Path.of(System.getProperty(LOCATION_PROPERTY, Path.of("..", "shared").toString()), "reference")
                .resolve(Path.of(first, more)).toAbsolutePath().normalize();
    }

    /** A reference file; where it is absent, the calling test stops here and is reported skipped, saying why. */
    public static Path require(Path folder, String file, String whatIsNotChecked) {
        Path path = folder.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), () -> "reference file " + path + " is absent, so "
                + whatIsNotChecked + " was NOT checked: put shared/ beside the clone or set -D"
                + LOCATION_PROPERTY);
        return path;
    }
}

package fi.tarjotin.opportunity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The listing row's sorted, comma-separated copy of its municipality, target-group and language codes,
 * so that a page of search results needs no join-table reads (V7).
 */
final class CodeCopy {

    private CodeCopy() {
    }

    static String join(Collection<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes.stream().sorted().toList());
    }

    static List<String> split(String copy) {
        return copy == null || copy.isEmpty() ? List.of() : Arrays.asList(copy.split(","));
    }
}

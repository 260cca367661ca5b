package fi.tarjotin.codes;

import fi.tarjotin.common.LocalisedText;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.FieldError;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Code lists from the reference data of the migrations. They change only with a release, so they are
 * read once and kept in memory.
 */
@Singleton
public class CodeLists {

    private final Map<CodeList, List<CodeItem>> lists;

    CodeLists(CodeItemStore store) {
        this.lists = store.all();
    }

    public List<CodeItem> items(CodeList list) {
        return lists.get(list);
    }

    public boolean contains(CodeList list, String code) {
        return code != null && lists.get(list).stream().anyMatch(i -> i.code().equals(code));
    }

    /** Reports a code not in the list, at the given field. */
    public void requireKnown(CodeList list, String code, String target, List<FieldError> errors) {
        if (code != null && !contains(list, code)) {
            errors.add(new FieldError(ErrorCode.UNKNOWN_CODE, target));
        }
    }

    /** Reports every code of a collection that is not in the list, at its index. */
    public void requireKnown(CodeList list, Collection<String> codes, String target, List<FieldError> errors) {
        int i = 0;
        for (String code : codes) {
            if (!contains(list, code)) {
                errors.add(new FieldError(ErrorCode.UNKNOWN_CODE, target + "[" + i + "]"));
            }
            i++;
        }
    }

    /** The label of a code, or the code itself where the list does not know it. */
    public LocalisedText label(CodeList list, String code) {
        return lists.get(list).stream().filter(i -> i.code().equals(code)).findFirst().map(CodeItem::label)
                .orElse(LocalisedText.of(code, null, null));
    }

}

package aligncheck.glossary;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes entries as a plain-text table for a terminal: a header row, then one row per entry with its id, type,
 * canonical English, {@code file:line} and source forms (all scripts, separated by " / "). Columns are padded by
 * display width, so that wide CJK characters (two cells each) keep the columns aligned.
 */
public final class GlossaryTableWriter {
    private static final List<String> HEADER = List.of("ID", "TYPE", "ENGLISH", "AT", "SOURCE FORMS");

    public void write(List<LocatedEntry> entries, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (LocatedEntry e : entries) {
            rows.add(List.of(e.id(), e.entry().type().jsonName(), e.entry().english(),
                    e.location().at(), String.join(" / ", e.entry().sourceForms())));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], displayWidth(row.get(c)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                line.append(cell);
                if (c + 1 < row.size()) {
                    line.append(" ".repeat(widths[c] - displayWidth(cell) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    /** Terminal cells taken by {@code s}: two for East Asian wide and full-width characters, one for the others. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
            w += eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}

package aligncheck.io;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.LocatedEntry;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an OmegaT tab-separated glossary: lines {@code source<TAB>target[<TAB>comment]}, lines starting with
 * {@code #} and blank lines skipped, fields trimmed, further columns ignored (as OmegaT does). UTF-8, or the charset
 * of a {@code -*- coding: … -*-} comment on the first line.
 *
 * <p>Lines are grouped into one entry per target (English) form, in the order the targets first occur: the sources
 * become its source forms, the first non-empty comment its description. The script of a source form is guessed:
 * with kana it is Japanese, with characters that ICU's Traditional-Simplified changes it is traditional Chinese,
 * otherwise simplified Chinese (so kanji-only Japanese forms come back as Chinese). Ids are made from the English form
 * ({@link EntryIds}); the type is the caller's. A line without a tab is an error naming it.
 */
public final class OmegaTGlossaryReader implements GlossaryFileReader {
    private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");

    @Override
    public Glossary read(Path file, EntryType typeWhenAbsent) throws GlossaryException {
        String[] lines = GlossaryTextReader.read(file).split("\r?\n", -1);
        Map<String, EntryDraft> byTarget = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new GlossaryException(file, i + 1, "expected source<TAB>target[<TAB>comment]");
            }
            String target = f[1].strip();
            EntryDraft d = byTarget.computeIfAbsent(target, t -> new EntryDraft());
            firstLine.putIfAbsent(target, i + 1);
            d.english = target;
            String source = f[0].strip();
            EntryDraft.add(isJapanese(source) ? d.ja : isTraditional(source) ? d.zhHant : d.zhHans, source);
            if (d.description.isEmpty() && f.length > 2) {
                d.description = f[2].strip();
            }
        }
        EntryIds ids = new EntryIds();
        List<LocatedEntry> entries = new ArrayList<>();
        for (Map.Entry<String, EntryDraft> e : byTarget.entrySet()) {
            entries.add(e.getValue().toEntry(file, firstLine.get(e.getKey()), typeWhenAbsent, ids));
        }
        return new Glossary(file, Glossary.nameOf(file), "", entries.stream().map(LocatedEntry::entry).toList(),
                entries.stream().map(LocatedEntry::location).toList());
    }

    static boolean isJapanese(String form) {
        return form.codePoints().anyMatch(c -> {
            int script = UScript.getScript(c);
            return script == UScript.HIRAGANA || script == UScript.KATAKANA;
        });
    }

    static boolean isTraditional(String form) {
        return !T2S.transliterate(form).equals(form);
    }
}

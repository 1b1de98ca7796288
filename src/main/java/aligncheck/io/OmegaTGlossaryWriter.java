package aligncheck.io;

import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a glossary as an OmegaT tab-separated glossary ({@code .txt}, {@code .utf8}, {@code .tab}): a first comment
 * line declaring UTF-8 ({@code # Glossary in tab-separated format -*- coding: utf-8 -*-}, as OmegaT writes it), then
 * one line {@code source<TAB>target<TAB>comment} per source form of each entry (all scripts, each form once), with
 * the canonical English as the target and the description as the comment (omitted when empty).
 *
 * <p>What OmegaT cannot hold, and this export drops: ids, types, the variants, the known wrong renderings, the notes,
 * which script a source form belongs to, and the glossary name and description. Tabs and line breaks inside a
 * field become spaces.
 */
public final class OmegaTGlossaryWriter implements GlossaryFileWriter {
    static final String FIRST_LINE = "# Glossary in tab-separated format -*- coding: utf-8 -*-";

    @Override
    public void write(Glossary glossary, OutputStream out) throws IOException {
        StringBuilder s = new StringBuilder(1 << 16);
        s.append(FIRST_LINE).append('\n');
        for (GlossaryEntry e : glossary.entries()) {
            for (String form : e.sourceForms()) {
                s.append(flat(form)).append('\t').append(flat(e.english()));
                if (!e.description().isEmpty()) {
                    s.append('\t').append(flat(e.description()));
                }
                s.append('\n');
            }
        }
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String flat(String field) {
        return field.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}

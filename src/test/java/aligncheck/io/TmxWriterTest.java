package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.align.AlignedDocument;
import aligncheck.check.Finding;
import aligncheck.check.IssueKind;
import aligncheck.check.Severity;
import aligncheck.pipeline.CheckResult;
import aligncheck.text.Language;
import aligncheck.text.Span;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** TMX export, read back by the Okapi Framework's TMX filter. */
class TmxWriterTest {
    static final LocaleId EN = LocaleId.fromString("en");

    @TempDir
    Path dir;

    /** A tu as Okapi's TmxFilter reads it. */
    record OkapiTu(String tuid, String source, String target, List<String> notes, String link) {
    }

    static List<OkapiTu> readWithOkapi(Path tmx, String srcLang) {
        List<OkapiTu> out = new ArrayList<>();
        try (TmxFilter f = new TmxFilter()) {
            f.getParameters().setExitOnInvalid(true);
            f.open(new RawDocument(tmx.toUri(), "UTF-8", LocaleId.fromString(srcLang), EN));
            while (f.hasNext()) {
                Event e = f.next();
                if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    List<String> notes = new ArrayList<>();
                    NoteAnnotation na = tu.getAnnotation(NoteAnnotation.class);
                    if (na != null) {
                        for (Note n : na) {
                            notes.add(n.getNoteText());
                        }
                    }
                    TextContainer target = tu.getTarget(EN);
                    out.add(new OkapiTu(tu.getName(), text(tu.getSource()), target == null ? null : text(target), notes,
                            tu.getProperty("x-aligncheck-link") == null ? null
                                    : tu.getProperty("x-aligncheck-link").getValue()));
                }
            }
        }
        return out;
    }

    private static String text(TextContainer c) {
        return c.getUnSegmentedContentCopy().getText();
    }

    @TestFactory
    Stream<DynamicTest> okapiReadsEveryLinkOfTheCorporaWithOurTextsAndNotes() {
        return ExportFixtures.corpora().stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> {
            CheckResult r = ExportFixtures.checked(d);
            AlignedDocument doc = r.document();
            Path tmx = dir.resolve(d.getFileName() + ".tmx");
            new TmxWriter().write(doc, r.findings(), tmx);
            String srcLang = doc.sourceLanguage() == Language.ZH ? "zh-CN" : "ja";
            List<OkapiTu> tus = readWithOkapi(tmx, srcLang);
            List<ExportText.LinkText> links = ExportText.links(doc, r.findings());
            assertEquals(doc.alignment().links().size(), tus.size(), "one tu per link");
            int notes = 0;
            for (int k = 0; k < tus.size(); k++) {
                OkapiTu tu = tus.get(k);
                ExportText.LinkText l = links.get(k);
                assertEquals(Integer.toString(k), tu.tuid());
                assertEquals(l.link().format(), tu.link());
                assertEquals(l.source().text(), tu.source(), "source of tu " + k);
                assertEquals(l.target().text(), tu.target(), "target of tu " + k);
                assertEquals(l.findings().stream().map(f -> f.checkId() + ": " + f.message()).toList(), tu.notes());
                notes += tu.notes().size();
            }
            assertEquals(r.findings().size(), notes, "every finding is a note");
            assertTrue(tus.stream().anyMatch(t -> t.notes().stream().anyMatch(
                    n -> n.startsWith("NAME_MISTRANSLATED: ") && n.contains(" rendered \"") && n.contains(
                            "expected \""))));
        }));
    }

    @Test
    void headerAndTuFollowTmx14b() throws Exception {
        CheckResult r = ExportFixtures.checked(ExportFixtures.corpora().get(0));
        StringWriter w = new StringWriter();
        new TmxWriter(Instant.parse("2025-01-01T12:00:00Z")).write(r.document(), r.findings(), w);
        String tmx = w.toString();
        assertTrue(tmx.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"), tmx);
        for (String attr : List.of("creationtool=\"aligncheck\"", "segtype=\"sentence\"", "datatype=\"plaintext\"",
                "creationdate=\"20250101T120000Z\"", "adminlang=\"en\"", "o-tmf=\"aligncheck\"",
                "creationtoolversion=\"")) {
            assertTrue(tmx.contains(attr), attr);
        }
        assertTrue(tmx.matches("(?s).*<tuv xml:lang=\"(zh-CN|ja)\">.*<tuv xml:lang=\"en\">.*"));
    }

    static AlignedDocument awkward() {
        String src = "第一句。第二句。\n\n第三句。\n";
        String tgt = "First & <second> \"sentence\" ]]> here.\r\nIt goes\r\non.\n\nAdded sentence.\n";
        return ExportFixtures.doc(Language.ZH, src, List.of("第一句。", "第二句。", "第三句。"), tgt,
                List.of("First & <second> \"sentence\" ]]> here.", "It goes\r\non.", "Added sentence."),
                "[0]:[0,1]", "[1]:[]", "[]:[2]", "[2]:[]");
    }

    @Test
    void emptySidesCarriageReturnsAndMarkupCharactersSurviveOkapi() throws Exception {
        AlignedDocument doc = awkward();
        Finding f = new Finding("NAME_FORBIDDEN", Severity.ERROR, IssueKind.TERMINOLOGY, 0, 0, null, null, 1,
                new Span(0, 2), "It", List.of("That"), "wrong <word> & \"quotes\"", null);
        Path tmx = dir.resolve("a.tmx");
        new TmxWriter().write(doc, List.of(f), tmx);
        List<OkapiTu> tus = readWithOkapi(tmx, "zh-CN");
        assertEquals(4, tus.size());
        assertEquals("First & <second> \"sentence\" ]]> here.\r\nIt goes\r\non.", tus.get(0).target());
        assertEquals(List.of("NAME_FORBIDDEN: wrong <word> & \"quotes\""), tus.get(0).notes());
        assertEquals("第二句。", tus.get(1).source());
        assertEquals("", tus.get(1).target());
        assertEquals(List.of(ExportText.SOURCE_ONLY), tus.get(1).notes());
        assertEquals("", tus.get(2).source());
        assertEquals("Added sentence.", tus.get(2).target());
        assertEquals(List.of(ExportText.TARGET_ONLY), tus.get(2).notes());
        assertEquals("[]:[2]", tus.get(2).link());
    }

    @Test
    void controlCharacterIsRefusedWithFileAndLineAndNoFileIsLeft() {
        AlignedDocument doc = ExportFixtures.doc(Language.ZH, "一。\n", List.of("一。"), "Intro.\nOne\u000C.\n",
                List.of("Intro.", "One\u000C."), "[0]:[0,1]");
        Path tmx = dir.resolve("c.tmx");
        InputException e = assertThrows(InputException.class, () -> new TmxWriter().write(doc, List.of(), tmx));
        assertEquals("tgt.txt:2: sentence 1 contains U+000C, which TMX (XML 1.0) cannot carry; remove it",
                e.getMessage());
        assertFalse(Files.exists(tmx));
        assertEquals(List.of(), List.of(dir.toFile().list()), "no temporary file left");
    }
}

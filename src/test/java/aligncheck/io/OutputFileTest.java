package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import aligncheck.align.AlignedDocument;
import aligncheck.glossary.ShippedGlossaries;
import aligncheck.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writers never write over what was read, whatever the path used to name it. */
class OutputFileTest {
    @TempDir
    Path dir;

    Path src;
    Path tgt;
    AlignedDocument doc;
    byte[] srcBytes;
    byte[] tgtBytes;
    FileTime tgtTime;

    @BeforeEach
    void load() throws Exception {
        src = Files.writeString(dir.resolve("s.zh.txt"), "美国国防部长赫格塞思周二抵达东京。\n");
        tgt = Files.writeString(dir.resolve("t.en.txt"), "U.S. Defense Secretary Hegseth arrived in Tokyo on Tuesday.\n");
        srcBytes = Files.readAllBytes(src);
        tgtBytes = Files.readAllBytes(tgt);
        tgtTime = Files.getLastModifiedTime(tgt);
        doc = new Pipeline(Pipeline.Options.defaults(), ShippedGlossaries.load()).align(src, tgt);
    }

    @Test
    void everyWriterRefusesTheInputsUnderAnyName() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), tgt);
        Path hard = Files.createLink(dir.resolve("hard.txt"), src);
        List<Path> inputs = List.of(tgt, src, dir.resolve(".").resolve("t.en.txt"), tgt.toAbsolutePath(),
                dir.resolve("sub/../s.zh.txt"), link, hard);
        for (ExportFormat format : ExportFormat.values()) {
            for (Path p : inputs) {
                InputException e = assertThrows(InputException.class,
                        () -> format.writer().write(doc, List.of(), p), format + " " + p);
                assertEquals(p + ": is an input of this export; refusing to overwrite it", e.getMessage());
            }
        }
        assertArrayEquals(srcBytes, Files.readAllBytes(src));
        assertArrayEquals(tgtBytes, Files.readAllBytes(tgt));
        assertEquals(tgtTime, Files.getLastModifiedTime(tgt));
    }

    @Test
    void writesANewFileAndReplacesAnOtherExistingOne() throws Exception {
        Path out = dir.resolve("out.txt");
        new TargetTextWriter().write(doc, List.of(), out);
        assertArrayEquals(tgtBytes, Files.readAllBytes(out));
        Files.writeString(out, "old content that is longer than the new one, to be replaced whole\n");
        new TargetTextWriter().write(doc, List.of(), out);
        assertArrayEquals(tgtBytes, Files.readAllBytes(out));
        assertEquals(List.of("out.txt", "s.zh.txt", "t.en.txt"), Files.list(dir).map(p -> p.getFileName().toString())
                .sorted().toList(), "no temporary file left");
    }

    @Test
    void aDirectoryOrAMissingFolderIsOneLine() {
        InputException e = assertThrows(InputException.class,
                () -> new TmxWriter().write(doc, List.of(), dir));
        assertEquals(dir + ": is a directory; name the file to write", e.getMessage());
        Path missing = dir.resolve("no/such/dir/out.tmx");
        InputException e2 = assertThrows(InputException.class,
                () -> new TmxWriter().write(doc, List.of(), missing));
        assertEquals(missing + ": cannot write: " + "no such folder " + missing.getParent(), e2.getMessage());
    }

    @Test
    void formatsAreNamedByExtension() {
        assertEquals(ExportFormat.TMX, ExportFormat.forFile(Path.of("a/b.TMX")).orElseThrow());
        assertEquals(ExportFormat.XLIFF, ExportFormat.forFile(Path.of("b.xliff")).orElseThrow());
        assertEquals(ExportFormat.XLIFF, ExportFormat.forFile(Path.of("b.xlf")).orElseThrow());
        assertEquals(ExportFormat.TEXT, ExportFormat.forFile(Path.of("b.txt")).orElseThrow());
        assertEquals(ExportFormat.TSV, ExportFormat.forFile(Path.of("b.tsv")).orElseThrow());
        assertEquals(java.util.Optional.empty(), ExportFormat.forFile(Path.of("b.json")));
        assertEquals(java.util.Optional.empty(), ExportFormat.forFile(Path.of("tmx")));
    }
}

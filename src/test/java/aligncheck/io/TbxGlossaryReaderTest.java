package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TbxGlossaryReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String xml) throws Exception {
        return Files.writeString(dir.resolve(name), xml);
    }

    private GlossaryException refused(Path p) {
        return assertThrows(GlossaryException.class, () -> new TbxGlossaryReader().read(p, EntryType.OTHER));
    }

    @Test
    void refusesAnExternalEntity() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path p = write("xxe.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tbx [ <!ENTITY xxe SYSTEM "%s"> ]>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <text><body><conceptEntry id="x"><langSec xml:lang="zh"><termSec><term>&xxe;</term></termSec>
                  </langSec></conceptEntry></body></text>
                </tbx>
                """.formatted(secret.toUri()));
        GlossaryException e = refused(p);
        assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(p.toString())
                + ":2:\\d+: DOCTYPE declarations are not allowed: .*"), e.getMessage());
        assertEquals(2, e.line());
        assertTrue(e.column() > 0);
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void refusesBillionLaughs() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE tbx [\n  <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            dtd.append("  <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        dtd.append("]>\n");
        Path p = write("lol.tbx", "<?xml version=\"1.0\"?>\n" + dtd + "<tbx><text><body><conceptEntry id=\"x\">"
                + "<langSec xml:lang=\"zh\"><termSec><term>&lol9;</term></termSec></langSec></conceptEntry></body>"
                + "</text></tbx>\n");
        GlossaryException e = refused(p);
        assertTrue(e.getMessage().startsWith(p + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE declarations are not allowed"), e.getMessage());
    }

    @Test
    void malformedXmlNamesLineAndColumn() throws Exception {
        Path p = write("broken.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <text><body>
                    <conceptEntry id="x"><langSec xml:lang="zh"><termSec><term>贝森特</termSec>
                  </body></text>
                </tbx>
                """);
        GlossaryException e = refused(p);
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith(p + ":4:" + e.column() + ": malformed XML: "), e.getMessage());
        assertTrue(e.getMessage().contains("term"), e.getMessage());
    }

    @Test
    void anEntryThatBreaksARuleIsNamedWithItsLine() throws Exception {
        Path p = write("rules.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body>
                    <conceptEntry id="c1">
                      <langSec xml:lang="de"><termSec><term>Bessent</term></termSec></langSec>
                      <langSec xml:lang="en"><termSec><term>Scott Bessent</term></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """);
        assertEquals(p + ":5: entry \"c1\": field \"zh-Hans\": an entry needs at least one source form in zh-Hans, "
                + "zh-Hant or ja", refused(p).getMessage());
        Path notTbx = write("tmx.tbx", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body/></tmx>\n");
        assertTrue(refused(notTbx).getMessage().startsWith(notTbx + ":2:"), refused(notTbx).getMessage());
    }

    @Test
    void readsAForeignTbxV3FileWithRegionCodesGroupsAndStatuses() throws Exception {
        Path p = write("foreign.tbx", """
                <?xml version="1.0" encoding="utf-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0">
                  <tbxHeader><fileDesc><sourceDesc><p>TBX file, created via MultiTerm Export</p></sourceDesc>
                  </fileDesc></tbxHeader>
                  <text><body>
                    <conceptEntry id="C_17">
                      <transacGrp><transac type="transactionType">origination</transac><date>2025-01-20</date></transacGrp>
                      <descrip type="subjectField">Persons</descrip>
                      <note>Checked against
                            CNA usage</note>
                      <langSec xml:lang="en-US">
                        <descripGrp><descrip type="definition">U.S. Secretary of the Treasury
                            since January 2025</descrip><admin type="source">Treasury</admin></descripGrp>
                        <termSec><term>Bessent</term>
                          <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
                        <termSec><term> Scott Bessent </term><termNote type="partOfSpeech">noun</termNote>
                          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                        <termSec><term>Bensons</term>
                          <termNote type="administrativeStatus">forbidden</termNote></termSec>
                      </langSec>
                      <langSec xml:lang="zh-CN"><termSec><term>贝森特</term></termSec></langSec>
                      <langSec xml:lang="zh-TW"><termSec><term>貝森特</term></termSec>
                        <termSec><term>贝森</term>
                          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
                      <langSec xml:lang="ja-JP"><termSec><term>ベッセント</term></termSec></langSec>
                      <langSec xml:lang="de"><termSec><term>Bessent</term></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """);
        Glossary g = new TbxGlossaryReader().read(p, EntryType.OTHER);
        assertEquals("foreign", g.name());
        assertEquals(new GlossaryEntry("scott-bessent", EntryType.PERSON, List.of("贝森特"), List.of("貝森特"),
                List.of("ベッセント"), "Scott Bessent", List.of("Bessent"), List.of("Bensons"),
                "U.S. Secretary of the Treasury since January 2025", "Checked against CNA usage"), g.entries().get(0));
        assertEquals(6, g.location(0).line());
    }

    @Test
    void readsTbxV2Martif() throws Exception {
        Path p = write("martif.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX-Basic" xml:lang="en">
                  <martifHeader><fileDesc><sourceDesc><p>OmegaT</p></sourceDesc></fileDesc></martifHeader>
                  <text><body>
                    <termEntry id="te1">
                      <langSet xml:lang="ja"><tig><term>石破茂</term></tig><ntig><termGrp><term>石破</term></termGrp>
                        </ntig></langSet>
                      <langSet xml:lang="en"><tig><term>Shigeru Ishiba</term>
                        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                        <tig><term>Ishiba Shigeru</term>
                        <termNote type="administrativeStatus">obsolete</termNote></tig></langSet>
                    </termEntry>
                  </body></text>
                </martif>
                """);
        GlossaryEntry e = new TbxGlossaryReader().read(p, EntryType.PERSON).entries().get(0);
        assertEquals("te1", e.id());
        assertEquals(EntryType.PERSON, e.type());
        assertEquals(List.of("石破茂", "石破"), e.ja());
        assertEquals("Shigeru Ishiba", e.english());
        assertEquals(List.of("Ishiba Shigeru"), e.wrong());
    }
}

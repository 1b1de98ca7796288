package aligncheck.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.align.AlignedDocument;
import aligncheck.check.CheckContext;
import aligncheck.check.Finding;
import aligncheck.check.NameInconsistentCheck;
import aligncheck.glossary.GlossarySet;
import aligncheck.names.RenderingSet.Row;
import aligncheck.pipeline.Pipeline;
import aligncheck.text.Language;
import aligncheck.text.LoadedText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of NAME_INCONSISTENT on documents composed from the calibration set {@code renderings.tsv}:
 * each document has three people mentioned two to four times each, one sentence per mention. In half of the
 * documents one person is rendered two ways (a wrong form and the right one, or two different wrong ones); in the
 * other half every mention is consistent: the same form, or a legitimate variant (the surname alone after the
 * full name, a possessive, the reversed order of a Japanese name). Unit: a (document, person) pair; a person is
 * flagged when a finding falls on one of its mentions. No glossary is loaded, so every name is unlisted.
 */
class ConsistencyQualityTest {
    private static final int DOCUMENTS = 240;

    /** Source and English templates by language; {S} the source name, {E} its rendering. */
    private static final Map<String, List<String[]>> TEMPLATES = Map.of(
            "zh", List.of(new String[] {"{S}周二发表讲话。", "{E} spoke on Tuesday."},
                    new String[] {"{S}表示，双方将继续磋商。", "{E} said the two sides would continue talks."},
                    new String[] {"记者问及此事时，{S}没有回应。", "Asked about it, {E} did not respond."},
                    new String[] {"{S}随后离开了会场。", "{E} then left the venue."}),
            "ja", List.of(new String[] {"{S}氏は火曜日に演説した。", "{E} gave a speech on Tuesday."},
                    new String[] {"{S}氏は協議を続けると述べた。", "{E} said talks would continue."},
                    new String[] {"記者団の質問に{S}氏は答えなかった。", "Asked by reporters, {E} did not answer."},
                    new String[] {"その後、{S}氏は会場を後にした。", "{E} then left the venue."}));
    private static final String[] HAN = {"发言人{S}周二表示，双方将继续磋商。",
        "Spokesperson {E} said on Tuesday that the two sides would continue talks."};
    private static final String[] POSSESSIVE_ZH = {"{S}的办公室发表了声明。", "{E}'s office issued a statement."};
    private static final String[] POSSESSIVE_JA = {"{S}氏の事務所が声明を出した。", "{E}'s office issued a statement."};

    record Person(String lang, String kind, Row right, List<Row> wrong) {
    }

    record Mention(int person, String source, String english) {
    }

    record Scores(int tp, int fp, int fn, int tn) {
        double precision() {
            return tp / (double) (tp + fp);
        }

        double recall() {
            return tp / (double) (tp + fn);
        }
    }

    @Test
    void precisionAndRecallOverComposedDocuments() throws Exception {
        Map<String, List<Person>> people = people();
        Pipeline pipeline = new Pipeline(new Pipeline.Options(null, null, null, true, 8), GlossarySet.empty());
        Random random = new Random(20250601);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int d = 0; d < DOCUMENTS; d++) {
            String lang = d % 2 == 0 ? "zh" : "ja";
            List<Person> pool = new ArrayList<>(people.get(lang));
            Collections.shuffle(pool, random);
            List<Person> cast = pool.subList(0, 3);
            boolean inconsistent = d % 4 < 2;
            List<Mention> mentions = new ArrayList<>();
            for (int p = 0; p < cast.size(); p++) {
                mentions.addAll(mentions(cast.get(p), p, 2 + random.nextInt(3), inconsistent && p == 0, random));
            }
            Mention first = mentions.get(0);
            List<Mention> rest = new ArrayList<>(mentions.subList(1, mentions.size()));
            Collections.shuffle(rest, random);
            mentions = new ArrayList<>(List.of(first));
            mentions.addAll(rest);
            mentions = fullNameFirst(mentions, cast.size());
            Set<Integer> flagged = flagged(pipeline, lang, mentions);
            for (int p = 0; p < cast.size(); p++) {
                boolean truth = inconsistent && p == 0;
                boolean said = flagged.contains(p);
                if (truth && said) {
                    tp++;
                } else if (said) {
                    fp++;
                } else if (truth) {
                    fn++;
                } else {
                    tn++;
                }
            }
        }
        Scores s = new Scores(tp, fp, fn, tn);
        System.out.printf("NAME_INCONSISTENT over %d documents: P=%.3f R=%.3f (tp %d fp %d fn %d tn %d)%n",
                DOCUMENTS, s.precision(), s.recall(), tp, fp, fn, tn);
        // measured (seed 20250601): P=1.000 R=0.433 (tp 52 fp 0 fn 68 tn 600); recall is low by design: a wrong
        // rendering that does not fit the sound (below NameLinker.PAIRED) is NAME_SUSPECT's, not an inconsistency
        assertTrue(s.precision() >= 1.0 - 0.05, "precision " + s);
        assertTrue(s.recall() >= 0.433 - 0.03, "recall " + s);
    }

    /** The people of the calibration set with a right rendering and at least one wrong one, by language. */
    private static Map<String, List<Person>> people() {
        Map<String, Row> right = new LinkedHashMap<>();
        Map<String, List<Row>> wrong = new LinkedHashMap<>();
        for (Row r : RenderingSet.load().rows()) {
            String key = r.lang() + " " + r.name().key();
            if (r.wrong()) {
                wrong.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            } else {
                right.putIfAbsent(key, r);
            }
        }
        Map<String, List<Person>> out = new LinkedHashMap<>();
        right.forEach((key, r) -> {
            if (wrong.containsKey(key)) {
                out.computeIfAbsent(r.lang(), k -> new ArrayList<>())
                        .add(new Person(r.lang(), r.name().kind().name(), r, wrong.get(key)));
            }
        });
        return out;
    }

    /**
     * The mentions of one person: consistent ones use the right form or a legitimate variant of it; an inconsistent
     * person has one mention in a wrong form, and when it has two wrong forms, half the time all others in the
     * second wrong form.
     */
    private static List<Mention> mentions(Person p, int index, int count, boolean inconsistent, Random random) {
        SourceName name = p.right().name();
        String full = name.text();
        String english = p.right().english();
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String source = full;
            String e = english;
            if (i > 0 && !inconsistent) {
                int variant = random.nextInt(4);
                String[] words = english.split(" ");
                if (variant == 1 && name.parts().size() > 1 && words.length == 2 && name.kind() != NameKind.HAN_PERSON) {
                    boolean kanji = name.kind() == NameKind.KANJI_PERSON;
                    source = kanji ? name.parts().get(0) : name.parts().get(name.parts().size() - 1);
                    e = words[1];
                } else if (variant == 2 && name.kind() == NameKind.KANJI_PERSON && words.length == 2) {
                    e = words[1] + " " + words[0];
                } else if (variant == 3) {
                    out.add(new Mention(index, source, e + "'s"));
                    continue;
                }
            }
            out.add(new Mention(index, source, e));
        }
        if (inconsistent) {
            List<Row> wrong = p.wrong();
            Row w = wrong.get(random.nextInt(wrong.size()));
            out.set(1 + random.nextInt(count - 1), new Mention(index, full, w.english()));
            if (wrong.size() > 1 && random.nextBoolean()) {
                Row other = wrong.stream().filter(x -> !x.english().equals(w.english())).findFirst().orElseThrow();
                for (int i = 0; i < out.size(); i++) {
                    if (!out.get(i).english().equals(w.english())) {
                        out.set(i, new Mention(index, full, other.english()));
                    }
                }
            }
        }
        return out;
    }

    /** Moves each person's first full-name mention before its surname-alone ones. */
    private static List<Mention> fullNameFirst(List<Mention> mentions, int people) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int p = 0; p < people; p++) {
            int firstAny = -1;
            int firstFull = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).person() == p) {
                    firstAny = firstAny < 0 ? i : firstAny;
                    if (firstFull < 0 && out.get(i).english().contains(" ")) {
                        firstFull = i;
                    }
                }
            }
            if (firstFull > firstAny) {
                Collections.swap(out, firstAny, firstFull);
            }
        }
        return out;
    }

    /** The people with a NAME_INCONSISTENT finding on one of their mentions (one mention per sentence). */
    private static Set<Integer> flagged(Pipeline pipeline, String lang, List<Mention> mentions) throws Exception {
        StringBuilder src = new StringBuilder();
        StringBuilder tgt = new StringBuilder();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String[] t = template(lang, m, i);
            src.append(t[0].replace("{S}", m.source())).append('\n');
            tgt.append(t[1].replace("{E}", m.english())).append('\n');
        }
        AlignedDocument doc = pipeline.align(new LoadedText(Path.of("s.txt"), src.toString(), StandardCharsets.UTF_8),
                new LoadedText(Path.of("t.txt"), tgt.toString(), StandardCharsets.UTF_8));
        Set<Integer> out = new HashSet<>();
        for (Finding f : new NameInconsistentCheck().run(new CheckContext(doc, GlossarySet.empty()))) {
            out.add(mentions.get(f.sourceSentence()).person());
        }
        return out;
    }

    private static String[] template(String lang, Mention m, int i) {
        boolean possessive = m.english().endsWith("'s");
        String english = possessive ? m.english().substring(0, m.english().length() - 2) : m.english();
        String[] t;
        if (possessive) {
            t = lang.equals("zh") ? POSSESSIVE_ZH : POSSESSIVE_JA;
        } else if (lang.equals("zh") && !m.source().contains("·") && isHanName(m.source())) {
            t = HAN;
        } else {
            List<String[]> ts = TEMPLATES.get(lang);
            t = ts.get(i % ts.size());
        }
        return new String[] {t[0], possessive ? t[1].replace("{E}'s", english + "'s") : t[1]};
    }

    /** A Chinese person name (two or three characters that are not all transliteration characters). */
    private static boolean isHanName(String source) {
        return source.length() <= 3 && !source.chars().allMatch(c -> TransliterationCharacters.XINHUA.indexOf(c) >= 0);
    }
}

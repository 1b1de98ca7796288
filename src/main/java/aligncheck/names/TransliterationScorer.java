package aligncheck.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores how plausible an English spelling is for the sound of a source name, by a phonetic alignment of the
 * romanized reading with the spelling ({@link PhoneticAlignment}), not by plain edit distance.
 *
 * <p>The spelling's words are matched to the name's parts: word for part when the counts agree (in either order
 * for East Asian names); monotonically, leaving parts out, when the English has fewer words (the surname alone
 * for a full name); contiguous words joined when it has more. The whole name against the whole spelling is
 * tried too. Each part left out costs a factor {@link #OMITTED_PART}. The best arrangement and reading alternative
 * counts. Stateless and thread-safe.
 */
public final class TransliterationScorer {
    /** Factor per part of the name the English leaves out, so that the whole name wins over a part of it. */
    static final double OMITTED_PART = 0.9;

    private final Romanizer romanizer;

    public TransliterationScorer(Romanizer romanizer) {
        this.romanizer = romanizer;
    }

    public Romanizer romanizer() {
        return romanizer;
    }

    public Plausibility score(SourceName name, String english) {
        return score(romanizer.read(name), english);
    }

    public Plausibility score(Reading reading, String english) {
        List<String> words = words(english);
        if (words.isEmpty()) {
            return Plausibility.NONE;
        }
        boolean silentE = reading.style() != ReadingStyle.KANA_NATIVE;
        List<String> keys = words.stream().map(w -> Phones.english(w, silentE)).toList();
        int parts = reading.parts().size();
        double[][] s = new double[parts][words.size()];
        String[][] best = new String[parts][words.size()];
        for (int p = 0; p < parts; p++) {
            for (int w = 0; w < words.size(); w++) {
                for (String alt : reading.parts().get(p)) {
                    double v = PhoneticAlignment.plausibility(Phones.of(alt, reading.style()), keys.get(w));
                    if (best[p][w] == null || v > s[p][w]) {
                        s[p][w] = v;
                        best[p][w] = alt;
                    }
                }
            }
        }
        Plausibility result = Plausibility.NONE;
        boolean eastAsian = reading.style() != ReadingStyle.KANA_FOREIGN;
        if (words.size() <= parts) {
            result = result.max(monotone(reading, words, s, best, false));
            if (eastAsian) {
                result = result.max(monotone(reading, words, s, best, true));
            }
        }
        if (words.size() > 1 || parts > 1) {
            result = result.max(whole(reading, String.join("", keys)));
        }
        if (words.size() > parts) {
            result = result.max(grouped(reading, keys, false));
            if (eastAsian) {
                result = result.max(grouped(reading, keys, true));
            }
            if (reading.style() == ReadingStyle.KANA_NATIVE) {
                result = new Plausibility(result.score(), result.reading(), true);
            }
        }
        return result;
    }

    /** Words matched to distinct parts in order (or reversed), parts left out allowed; length-weighted mean. */
    private static Plausibility monotone(Reading reading, List<String> words, double[][] s, String[][] best,
                                         boolean reversed) {
        int parts = reading.parts().size();
        int n = words.size();
        Plausibility out = Plausibility.NONE;
        // choose n of the parts in order: parts <= 4 in practice, so enumerate subsets
        for (int mask = 0; mask < (1 << parts); mask++) {
            if (Integer.bitCount(mask) != n) {
                continue;
            }
            double sum = 0;
            double weight = 0;
            List<String> used = new ArrayList<>();
            int w = 0;
            for (int p = 0; p < parts; p++) {
                if ((mask & (1 << p)) == 0) {
                    continue;
                }
                int word = reversed ? n - 1 - w : w;
                double len = words.get(word).length();
                sum += s[p][word] * len;
                weight += len;
                used.add(best[p][word]);
                w++;
            }
            double omitted = Math.pow(OMITTED_PART, parts - n);
            out = out.max(new Plausibility(Math.min(1, omitted * sum / weight), String.join("·", used), false));
        }
        return out;
    }

    private static Plausibility whole(Reading reading, String englishKey) {
        List<Phone> phones = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (List<String> alts : reading.parts()) {
            phones.addAll(Phones.of(alts.get(0), reading.style()));
            used.add(alts.get(0));
        }
        return new Plausibility(PhoneticAlignment.plausibility(phones, englishKey), String.join("·", used), false);
    }

    /** More words than parts: contiguous words joined into one part each (two parts at most are tried). */
    private static Plausibility grouped(Reading reading, List<String> keys, boolean reversed) {
        int parts = reading.parts().size();
        List<String> ks = new ArrayList<>(keys);
        if (reversed) {
            java.util.Collections.reverse(ks);
        }
        if (parts == 1) {
            return bestAlternative(reading.parts().get(0), reading.style(), String.join("", ks));
        }
        if (parts != 2) {
            return Plausibility.NONE;
        }
        Plausibility out = Plausibility.NONE;
        for (int cut = 1; cut < ks.size(); cut++) {
            String first = String.join("", ks.subList(0, cut));
            String second = String.join("", ks.subList(cut, ks.size()));
            Plausibility a = bestAlternative(reading.parts().get(0), reading.style(), first);
            Plausibility b = bestAlternative(reading.parts().get(1), reading.style(), second);
            double score = (a.score() * first.length() + b.score() * second.length())
                    / (first.length() + second.length());
            out = out.max(new Plausibility(score, a.reading() + "·" + b.reading(), false));
        }
        return out;
    }

    private static Plausibility bestAlternative(List<String> alts, ReadingStyle style, String key) {
        Plausibility out = Plausibility.NONE;
        for (String alt : alts) {
            out = out.max(new Plausibility(PhoneticAlignment.plausibility(Phones.of(alt, style), key), alt, false));
        }
        return out;
    }

    static List<String> words(String english) {
        List<String> out = new ArrayList<>();
        for (String w : english.trim().split("[\\s·・•]+")) {
            String t = w.replaceAll("('s|’s|')$", "");
            if (!Phones.letters(t).isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}

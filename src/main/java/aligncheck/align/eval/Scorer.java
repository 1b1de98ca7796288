package aligncheck.align.eval;

import aligncheck.align.Link;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores test alignments against gold exactly as /work/shared/eval/score.py does; counts are summed over the
 * documents of a set before dividing. Links compare by their index lists only (confidence is ignored).
 *
 * <ul>
 *   <li>Strict/lax precision: over the distinct test links, null links included. A test link is strict-correct
 *       when it equals a gold link, lax-correct when it is strict-correct or one of its target indices is linked
 *       in gold to one of its source indices (so a null link is lax-correct only when exactly in gold).</li>
 *   <li>Strict/lax recall: the same computation with gold and test swapped, null links removed from both.</li>
 *   <li>Exact match: matches = test links (as listed, duplicates counted) equal to some gold link;
 *       P = matches / test links, R = matches / gold links, null links counted on both sides.</li>
 * </ul>
 */
public final class Scorer {
    private Scorer() {
    }

    private record Key(List<Integer> source, List<Integer> target) {
        static Key of(Link l) {
            return new Key(l.source(), l.target());
        }

        boolean isNull() {
            return source.isEmpty() || target.isEmpty();
        }
    }

    /** Precision counts of {@code test} against {@code gold}: strict tp, strict fp, lax tp, lax fp. */
    private static long[] precisionCounts(List<Key> gold, List<Key> test) {
        Set<Key> goldSet = new HashSet<>(gold);
        Map<Integer, Set<Integer>> sourceToTarget = new HashMap<>();
        for (Key g : goldSet) {
            for (int i : g.source()) {
                sourceToTarget.computeIfAbsent(i, x -> new HashSet<>()).addAll(g.target());
            }
        }
        long[] c = new long[4];
        for (Key t : new LinkedHashSet<>(test)) {
            if (goldSet.contains(t)) {
                c[0]++;
                c[2]++;
                continue;
            }
            c[1]++;
            boolean lax = false;
            for (int i : t.source()) {
                Set<Integer> cand = sourceToTarget.get(i);
                if (cand != null) {
                    for (int j : t.target()) {
                        lax |= cand.contains(j);
                    }
                }
            }
            c[lax ? 2 : 3]++;
        }
        return c;
    }

    /** Scores of a set: {@code golds.get(d)} and {@code tests.get(d)} are the links of document d. */
    public static Scores score(List<List<Link>> golds, List<List<Link>> tests) {
        if (golds.size() != tests.size()) {
            throw new IllegalArgumentException(golds.size() + " gold documents but " + tests.size() + " tests");
        }
        long[] p = new long[4];
        long[] r = new long[4];
        long matches = 0;
        long testLinks = 0;
        long goldLinks = 0;
        for (int d = 0; d < golds.size(); d++) {
            List<Key> gold = golds.get(d).stream().map(Key::of).toList();
            List<Key> test = tests.get(d).stream().map(Key::of).toList();
            add(p, precisionCounts(gold, test));
            List<Key> gold2 = gold.stream().filter(k -> !k.isNull()).toList();
            List<Key> test2 = test.stream().filter(k -> !k.isNull()).toList();
            add(r, precisionCounts(test2, gold2));
            Set<Key> goldLookup = new HashSet<>(gold);
            matches += test.stream().filter(goldLookup::contains).count();
            testLinks += test.size();
            goldLinks += gold.size();
        }
        double ps = Scores.ratio(p[0], p[0] + p[1]);
        double pl = Scores.ratio(p[2], p[2] + p[3]);
        double rs = Scores.ratio(r[0], r[0] + r[1]);
        double rl = Scores.ratio(r[2], r[2] + r[3]);
        double ep = Scores.ratio(matches, testLinks);
        double er = Scores.ratio(matches, goldLinks);
        return new Scores(ps, rs, Scores.f1(ps, rs), pl, rl, Scores.f1(pl, rl), ep, er, Scores.f1(ep, er));
    }

    private static void add(long[] into, long[] c) {
        for (int k = 0; k < into.length; k++) {
            into[k] += c[k];
        }
    }
}

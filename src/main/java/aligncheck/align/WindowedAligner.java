package aligncheck.align;

import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligns a long document window by window, so that memory stays bounded by the window and not by the document
 * (the sentence-level search holds per-sentence match masks and DP arrays that, for 100,000 sentences a side, take
 * gigabytes). A document with at most {@code 3/2 × window} sentences on each side is aligned whole, as before.
 *
 * <p>A longer one: from the current start on both sides, a window of {@code window} sentences on one side and, on
 * the other, the sentences whose text length corresponds (by the length ratio of the rest of the document, as in
 * Gale and Church: translations are about proportional in length) is aligned by the inner aligner. The ends of
 * the two sides then nearly correspond: a window with surplus sentences on one side would let the search dump the
 * surplus anywhere as unaligned sentences, shifting everything after (in a text with repeated passages, at no
 * cost). The window's links are kept while they end within its first three quarters on both sides (at least one
 * link, so the walk always advances), and the next window starts right after the last link kept: the last
 * quarter, where the window's end bends the path, is aligned again as the head of the next window. Every sentence
 * ends up in exactly one link, in order. With several threads, windows are aligned at once and stitched instead
 * ({@link #parallel}), falling back to the walk when they do not agree. Thread-safe when the inner aligner is.
 */
public final class WindowedAligner implements Aligner {
    /** Sentences per side a window holds by default: some tens of megabytes of alignment state. */
    public static final int DEFAULT_WINDOW = 4000;

    private final Aligner inner;
    private final int window;
    private final int threads;

    /** Windows one after the other. */
    public WindowedAligner(Aligner inner, int window) {
        this(inner, window, 1);
    }

    /** @param threads windows aligned at once (see {@link #align}); 1 for one after the other */
    public WindowedAligner(Aligner inner, int window, int threads) {
        if (window < 8 || threads < 1) {
            throw new IllegalArgumentException("window too small or no thread: " + window + ", " + threads);
        }
        this.inner = inner;
        this.window = window;
        this.threads = threads;
    }

    @Override
    public Alignment align(List<Sentence> source, List<Sentence> target, AlignHints hints) {
        int n = source.size();
        int m = target.size();
        int whole = window * 3 / 2;
        if (n <= whole && m <= whole) {
            return inner.align(source, target, hints);
        }
        long[] sLen = prefixLengths(source);
        long[] tLen = prefixLengths(target);
        if (threads > 1) {
            List<Link> stitched = parallel(source, target, hints, sLen, tLen);
            if (stitched != null) {
                return new Alignment(stitched);
            }
        }
        List<Link> out = new ArrayList<>();
        int s0 = 0;
        int t0 = 0;
        while (true) {
            int rs = n - s0;
            int rt = m - t0;
            if (rs <= whole && rt <= whole || rs == 0 || rt == 0) {
                append(out, inner.align(source.subList(s0, n), target.subList(t0, m), hints).links(), s0, t0);
                break;
            }
            int ws = Math.min(window, rs);
            int wt = correspondingEnd(sLen, s0, s0 + ws, n, tLen, t0, m) - t0;
            if (wt > window) {
                wt = window;
                ws = correspondingEnd(tLen, t0, t0 + wt, m, sLen, s0, n) - s0;
            }
            ws = Math.max(1, Math.min(rs, ws));
            wt = Math.max(1, Math.min(rt, wt));
            List<Link> links = inner.align(source.subList(s0, s0 + ws), target.subList(t0, t0 + wt), hints).links();
            int keepS = ws * 3 / 4;
            int keepT = wt * 3 / 4;
            int usedS = 0;
            int usedT = 0;
            List<Link> kept = new ArrayList<>();
            for (Link l : links) {
                int endS = usedS + l.source().size();
                int endT = usedT + l.target().size();
                if (!kept.isEmpty() && (endS > keepS || endT > keepT)) {
                    break;
                }
                kept.add(l);
                usedS = endS;
                usedT = endT;
            }
            append(out, kept, s0, t0);
            s0 += usedS;
            t0 += usedT;
        }
        return new Alignment(out);
    }

    /**
     * Windows aligned at once, then stitched: the document is cut into segments of at most {@code window}
     * sentences at points of equal length share on both sides; each segment is aligned with a tenth of a segment
     * of overlap on either side (again by length share, so that both ends of a window correspond), and two
     * neighbours are joined at a link boundary both put in the middle half of their overlap, as near its centre
     * as may be (the paths agree there, far from either window's forced ends). Null when two neighbours share no
     * boundary there: the caller then goes window after window.
     */
    private List<Link> parallel(List<Sentence> source, List<Sentence> target, AlignHints hints, long[] sLen,
                                long[] tLen) {
        int n = source.size();
        int m = target.size();
        int segments = (int) Math.ceil((double) Math.max(n, m) / window);
        int[] cs = new int[segments + 1];
        for (int k = 0; k <= segments; k++) {
            cs[k] = at(sLen, (double) sLen[n] * k / segments);
        }
        // a tenth of a segment of overlap on either side, as a share of each side's length: the ends of both
        // sides of a window then correspond, as the cut points do
        double delta = 0.1 / segments;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(threads, segments), r -> {
                    Thread t = new Thread(r, "aligncheck-window");
                    t.setDaemon(true);
                    return t;
                });
        List<java.util.concurrent.Future<List<Link>>> parts = new ArrayList<>();
        int[][] starts = new int[segments][];
        try {
            for (int k = 0; k < segments; k++) {
                double from = Math.max(0, (double) k / segments - delta);
                double to = Math.min(1, (double) (k + 1) / segments + delta);
                int s0 = at(sLen, sLen[n] * from);
                int s1 = at(sLen, sLen[n] * to);
                int t0 = at(tLen, tLen[m] * from);
                int t1 = at(tLen, tLen[m] * to);
                starts[k] = new int[] {s0, t0};
                parts.add(pool.submit(() -> {
                    List<Link> abs = new ArrayList<>();
                    append(abs, inner.align(source.subList(s0, s1), target.subList(t0, t1), hints).links(), s0, t0);
                    return abs;
                }));
            }
            List<Link> out = new ArrayList<>(parts.get(0).get());
            for (int k = 1; k < segments; k++) {
                List<Link> next = parts.get(k).get();
                if (!stitch(out, next, starts[k][0], starts[k][1], cs[k], cs[k] - starts[k][0])) {
                    return null;
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while aligning", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Joins {@code next} (links from sentence {@code s0}, {@code t0} on) to {@code out} (links from 0, 0 on) at a
     * boundary both have with its source side within {@code ov / 2} of {@code cut}, the one nearest to it.
     */
    private static boolean stitch(List<Link> out, List<Link> next, int s0, int t0, int cut, int ov) {
        java.util.Map<Long, Integer> mine = new java.util.HashMap<>();
        long[] mineEnds = boundaries(out, 0, 0);
        for (int x = 0; x < out.size(); x++) {
            int se = (int) (mineEnds[x] >>> 32);
            if (Math.abs(se - cut) <= ov / 2) {
                mine.put(mineEnds[x], x);
            }
        }
        long[] nextEnds = boundaries(next, s0, t0);
        int bestMine = -1;
        int bestNext = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int y = 0; y < next.size(); y++) {
            Integer x = mine.get(nextEnds[y]);
            int distance = Math.abs((int) (nextEnds[y] >>> 32) - cut);
            if (x != null && distance < bestDistance) {
                bestDistance = distance;
                bestMine = x;
                bestNext = y;
            }
        }
        if (bestMine < 0) {
            return false;
        }
        out.subList(bestMine + 1, out.size()).clear();
        out.addAll(next.subList(bestNext + 1, next.size()));
        return true;
    }

    /** The boundary after each link (source count before it, high 32 bits; target count, low), from s0, t0 on. */
    private static long[] boundaries(List<Link> links, int s0, int t0) {
        long[] out = new long[links.size()];
        long s = s0;
        long t = t0;
        for (int x = 0; x < links.size(); x++) {
            Link l = links.get(x);
            s += l.source().size();
            t += l.target().size();
            out[x] = s << 32 | t;
        }
        return out;
    }

    /** The sentence index at which the summed length first reaches {@code goal}. */
    private static int at(long[] prefix, double goal) {
        int lo = 0;
        int hi = prefix.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefix[mid] < goal) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Char lengths summed: {@code p[i]} is the length of sentences [0, i), each at least 1. */
    private static long[] prefixLengths(List<Sentence> sentences) {
        long[] p = new long[sentences.size() + 1];
        for (int i = 0; i < sentences.size(); i++) {
            p[i + 1] = p[i] + Math.max(1, sentences.get(i).text().length());
        }
        return p;
    }

    /**
     * The end on the other side ({@code o}, from {@code o0}) whose length matches that of [a0, a1) on this side
     * ({@code a}), at the length ratio of the rest of both sides.
     */
    private static int correspondingEnd(long[] a, int a0, int a1, int aEnd, long[] o, int o0, int oEnd) {
        double ratio = (double) (o[oEnd] - o[o0]) / Math.max(1, a[aEnd] - a[a0]);
        double goal = o[o0] + ratio * (a[a1] - a[a0]);
        int lo = o0;
        int hi = oEnd;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (o[mid] < goal) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void append(List<Link> out, List<Link> links, int s0, int t0) {
        for (Link l : links) {
            out.add(new Link(l.source().stream().map(i -> i + s0).toList(), l.target().stream().map(j -> j + t0)
                    .toList(), l.confidence()));
        }
    }
}

package aligncheck.align;

import java.util.List;

/**
 * One bead of an alignment: source sentence indices linked to target sentence indices (both sorted, 0-based,
 * possibly one side empty for an untranslated or added sentence).
 *
 * @param confidence in [0,1]: how sure the aligner is of this link (1 for links given by the user or a file)
 */
public record Link(List<Integer> source, List<Integer> target, double confidence) {
    public Link {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a link needs at least one sentence");
        }
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    public Link(List<Integer> source, List<Integer> target) {
        this(source, target, 1.0);
    }

    /** The link in the format of the gold files: {@code [0,1]:[0]}. */
    public String format() {
        return side(source) + ":" + side(target);
    }

    /** Parses {@code [0,1]:[0]}; throws IllegalArgumentException with the reason. */
    public static Link parse(String line) {
        String[] parts = line.trim().split(":", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected [i,…]:[j,…], got '" + line.trim() + "'");
        }
        return new Link(parseSide(parts[0]), parseSide(parts[1]));
    }

    private static List<Integer> parseSide(String s) {
        String t = s.trim();
        if (!t.startsWith("[") || !t.endsWith("]")) {
            throw new IllegalArgumentException("expected a bracketed index list, got '" + t + "'");
        }
        String inner = t.substring(1, t.length() - 1).trim();
        if (inner.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(inner.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    private static String side(List<Integer> ids) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(ids.get(i));
        }
        return b.append(']').toString();
    }
}

package aligncheck.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds source names rendered in incompatible ways within one document.
 *
 * <p>Renderings are grouped by the source name's {@link SourceName#key() key}; a one-part name (a surname alone:
 * 赤沢, 莱维特) joins the group of the one multi-part name it is the surname of (the first part of an East Asian
 * name, the last of a transliterated one), when there is exactly one. Within a group two renderings agree when
 * one's {@link EnglishNameForm} words are all in the other's (surname alone after the full name, either order,
 * possessives, hyphens, full-width Latin). The reference is the form that agrees with the most places; every
 * place that disagrees with it is divergent. When two disagreeing forms have the same support, every place that
 * disagrees with another is divergent. Only renderings that fit the name's sound ({@link NameLinker#PAIRED})
 * count: a rendering that does not is NAME_SUSPECT's business.
 */
public final class NameConsistency {
    private NameConsistency() {
    }

    /**
     * One place whose rendering disagrees with the others.
     *
     * @param place      the divergent place
     * @param others     the other places of the same name, in document order
     * @param reference  the form most places agree with, or null when there is a tie
     * @param confidence how sure: higher when more places agree with the reference
     */
    public record Divergence(NameLink place, List<NameLink> others, EnglishNameForm reference, double confidence) {
        public Divergence {
            others = List.copyOf(others);
        }
    }

    public static List<Divergence> find(List<NameLink> links) {
        Map<String, List<NameLink>> groups = group(links.stream()
                .filter(l -> l.hasRendering() && l.plausibility().score() >= NameLinker.PAIRED).toList());
        List<Divergence> out = new ArrayList<>();
        for (List<NameLink> places : groups.values()) {
            if (places.size() >= 2) {
                out.addAll(divergences(places));
            }
        }
        out.sort((a, b) -> Integer.compare(a.place().linkIndex(), b.place().linkIndex()));
        return out;
    }

    private static Map<String, List<NameLink>> group(List<NameLink> links) {
        Map<String, List<NameLink>> groups = new LinkedHashMap<>();
        Map<String, List<String>> fullBySurname = new LinkedHashMap<>();
        for (NameLink l : links) {
            SourceName n = l.name();
            if (n.parts().size() > 1) {
                String surname = SourceNameFinder.key(List.of(surname(n)));
                List<String> fulls = fullBySurname.computeIfAbsent(surname, k -> new ArrayList<>());
                if (!fulls.contains(n.key())) {
                    fulls.add(n.key());
                }
            }
        }
        for (NameLink l : links) {
            String key = l.name().key();
            if (l.name().parts().size() == 1) {
                List<String> fulls = fullBySurname.getOrDefault(key, List.of());
                if (fulls.size() == 1) {
                    key = fulls.get(0);
                }
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
        }
        return groups;
    }

    private static String surname(SourceName n) {
        boolean surnameFirst = n.kind() == NameKind.KANJI_PERSON || n.kind() == NameKind.HAN_PERSON;
        return surnameFirst ? n.parts().get(0) : n.parts().get(n.parts().size() - 1);
    }

    private static List<Divergence> divergences(List<NameLink> places) {
        List<EnglishNameForm> forms = places.stream().map(l -> EnglishNameForm.of(l.english())).toList();
        int bestSupport = -1;
        EnglishNameForm reference = null;
        boolean tie = false;
        for (EnglishNameForm f : forms) {
            int support = (int) forms.stream().filter(f::compatible).count();
            if (support > bestSupport || support == bestSupport && f.words().size() > reference.words().size()) {
                tie = support == bestSupport && !f.compatible(reference);
                bestSupport = support;
                reference = f;
            } else if (support == bestSupport && !f.compatible(reference)) {
                tie = true;
            }
        }
        List<Divergence> out = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            EnglishNameForm f = forms.get(i);
            boolean divergent = tie ? forms.stream().anyMatch(o -> !o.compatible(f)) : !f.compatible(reference);
            if (divergent) {
                List<NameLink> others = new ArrayList<>(places);
                others.remove(i);
                double agreeing = bestSupport / (double) places.size();
                double confidence = tie ? 0.5 : Math.min(0.95, 0.5 + 0.5 * agreeing);
                out.add(new Divergence(places.get(i), others, tie ? null : reference, confidence));
            }
        }
        return out;
    }
}

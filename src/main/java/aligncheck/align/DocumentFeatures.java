package aligncheck.align;

import aligncheck.text.Language;
import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Both sides of one document at sentence level, with anchor keys interned to ids: a key gets an id when a
 * source sentence has it, and target keys without an id are dropped (they cannot match).
 * {@code keyBonus[id]} is the bonus one match of key id earns (its {@link AnchorKind} bonus × the weight).
 */
final class DocumentFeatures {
    final Units source;
    final Units target;
    final double[] keyBonus;

    DocumentFeatures(List<Sentence> src, List<Sentence> tgt, AlignHints hints, AlignerConfig config) {
        double anchorWeight = config.anchorWeight();
        boolean allAnchors = Arrays.stream(AnchorKind.values()).allMatch(k -> config.uses(k.signal()));
        AnchorExtractor extractor = new AnchorExtractor(config.uses(Signal.NAMES) ? hints.namePairs() : List.of());
        PinyinNames pinyin = hints.sourceLanguage() == Language.ZH && config.uses(Signal.NAMES)
                ? new PinyinNames(tgt) : null;
        Map<String, Integer> ids = new HashMap<>();
        List<Double> bonus = new ArrayList<>();
        int[][] srcKeys = new int[src.size()][];
        for (int k = 0; k < src.size(); k++) {
            List<String> keys = anchorWeight > 0 ? extractor.sourceKeys(src.get(k).text()) : List.of();
            if (pinyin != null) {
                keys = new ArrayList<>(keys);
                keys.addAll(pinyin.sourceKeys(src.get(k).text()));
            }
            if (!allAnchors) {
                keys = keys.stream().filter(key -> config.uses(AnchorKind.of(key).signal())).toList();
            }
            srcKeys[k] = new int[keys.size()];
            for (int x = 0; x < keys.size(); x++) {
                String key = keys.get(x);
                Integer id = ids.get(key);
                if (id == null) {
                    id = ids.size();
                    ids.put(key, id);
                    bonus.add(AnchorKind.of(key).bonus() * anchorWeight);
                }
                srcKeys[k][x] = id;
            }
        }
        int[][] tgtKeys = new int[tgt.size()][];
        for (int k = 0; k < tgt.size(); k++) {
            List<String> keys = ids.isEmpty() ? List.of() : extractor.targetKeys(tgt.get(k).text());
            if (pinyin != null) {
                keys = new ArrayList<>(keys);
                keys.addAll(pinyin.targetKeys(tgt.get(k).text()));
            }
            tgtKeys[k] = keys.stream().map(ids::get).filter(id -> id != null).mapToInt(Integer::intValue).toArray();
        }
        source = units(src, srcKeys);
        target = units(tgt, tgtKeys);
        keyBonus = bonus.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Units units(List<Sentence> sentences, int[][] keys) {
        int n = sentences.size();
        int[] lengths = new int[n];
        int[] paragraphs = new int[n];
        for (int k = 0; k < n; k++) {
            lengths[k] = LengthModel.length(sentences.get(k).text());
            paragraphs[k] = sentences.get(k).paragraph();
        }
        return new Units(lengths, keys, paragraphs, paragraphs.clone());
    }
}

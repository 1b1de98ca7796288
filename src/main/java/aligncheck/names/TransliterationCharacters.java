package aligncheck.names;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossarySet;
import aligncheck.text.NormalizedText;
import java.util.HashSet;
import java.util.Set;

/**
 * The Chinese characters used to transliterate foreign names (音译用字): those of the Xinhua transliteration
 * syllable table (英语姓名译名手册 译音表) and the common female-name characters, plus the characters of the
 * glossaries' Chinese forms of foreign persons (persons whose Japanese form is in katakana). Simplified forms;
 * look characters up after {@link NormalizedText} normalization. Immutable.
 */
public final class TransliterationCharacters {
    /** The Xinhua table's characters, row by row (vowels, then b p d t g k f v w z s sh j ch h l m n r y). */
    static final String XINHUA = "阿埃伊奥乌厄尤约耶亚艾安昂恩因英翁温欧"
            + "巴贝比博布拜鲍班本宾邦彬柏伯"
            + "帕佩皮波普派保潘彭平蓬珀"
            + "达德迪多杜戴道丹登丁东敦顿黛蒂"
            + "塔特托图泰陶坦滕廷通汀"
            + "加格吉戈古盖高甘根金贡圭瓜"
            + "卡克基科库凯考坎肯孔昆奎夸"
            + "法费菲福富范芬丰弗夫"
            + "瓦维沃武韦旺文威怀伍万"
            + "扎泽齐佐祖赞曾兹茨"
            + "萨塞西索苏赛桑森辛松孙斯思逊"
            + "沙谢希肖舒夏什"
            + "贾杰乔朱詹查切奇丘"
            + "哈赫霍胡海豪汉亨欣洪休黑"
            + "拉莱利洛卢勒兰伦林隆罗鲁尔里琳丽露"
            + "马梅米莫穆迈毛曼门明蒙姆麦玛默"
            + "纳内尼诺努奈瑙南嫩宁农娜妮"
            + "雷赖劳龙"
            + "扬娅莎茜琪萝蕾薇芭雅妮娃蒂丝";

    private final Set<Integer> characters;

    private TransliterationCharacters(Set<Integer> characters) {
        this.characters = Set.copyOf(characters);
    }

    /** The table's characters and those of the glossaries' foreign persons. */
    public static TransliterationCharacters of(GlossarySet glossaries) {
        Set<Integer> cs = new HashSet<>();
        XINHUA.codePoints().forEach(cs::add);
        for (GlossaryEntry e : glossaries.entries()) {
            if (e.type() == EntryType.PERSON && isForeign(e)) {
                for (String f : e.zhHans()) {
                    NormalizedText.normalize(f).codePoints()
                            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                            .forEach(cs::add);
                }
            }
        }
        return new TransliterationCharacters(cs);
    }

    /** A foreign person: written in katakana in Japanese, or with a middle dot in Chinese. */
    private static boolean isForeign(GlossaryEntry e) {
        boolean katakana = !e.ja().isEmpty() && e.ja().stream().allMatch(f -> f.codePoints().allMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || c == '・' || c == 'ー'
                        || Character.isLetter(c) && c < 0x80 || c == '.' || c == ' '));
        return katakana || e.zhHans().stream().anyMatch(f -> f.contains("·"));
    }

    /** Whether a (simplified) Chinese code point is a transliteration character. */
    public boolean contains(int codePoint) {
        return characters.contains(codePoint);
    }

    public int size() {
        return characters.size();
    }
}

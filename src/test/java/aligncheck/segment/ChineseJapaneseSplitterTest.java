package aligncheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import aligncheck.text.Language;
import aligncheck.text.Sentence;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChineseJapaneseSplitterTest {

    @Test
    void englishIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ChineseJapaneseSplitter(Language.EN));
    }

    @Nested
    class Chinese {
        private final ChineseJapaneseSplitter zh = new ChineseJapaneseSplitter(Language.ZH);

        @Test
        void splitsAfterFullStops() {
            assertEquals(List.of("美国总统特朗普7日在社交媒体上发布致14国领导人的信函。",
                            "白宫新闻秘书卡罗琳·莱维特当天在记者会上展示了这封信。"),
                    texts(zh.split("美国总统特朗普7日在社交媒体上发布致14国领导人的信函。白宫新闻秘书卡罗琳·莱维特当天在记者会上展示了这封信。")));
        }

        @Test
        void fullWidthAndAsciiQuestionAndExclamationMarksEndSentences() {
            assertEquals(List.of("这究竟是真实立场，还是政治表演？", "美日为何迄今未能达成协议?", "政府拒绝说明!", "谈判继续。"),
                    texts(zh.split("这究竟是真实立场，还是政治表演？美日为何迄今未能达成协议?政府拒绝说明!谈判继续。")));
        }

        @Test
        void semicolonDoesNotEndASentence() {
            assertEquals(List.of("日本经济以出口为导向；美国是其主要市场。"), texts(zh.split("日本经济以出口为导向；美国是其主要市场。")));
        }

        @Test
        void closingQuoteAfterEndPunctuationStaysInTheSentence() {
            assertEquals(List.of("石破茂表示：“绝不会轻易妥协！”", "日本政府对此表示“深感遗憾”。"),
                    texts(zh.split("石破茂表示：“绝不会轻易妥协！”日本政府对此表示“深感遗憾”。")));
            assertEquals(List.of("他问道：“为什么？”", "没有人回答。"), texts(zh.split("他问道：“为什么？”没有人回答。")));
        }

        @Test
        void otherClosersAfterEndPunctuationStayToo() {
            assertEquals(List.of("他引用了《日本国宪法》的条文。）", "会谈随后结束。"),
                    texts(zh.split("他引用了《日本国宪法》的条文。）会谈随后结束。")));
            assertEquals(List.of("会谈取消。】", "下一句。"), texts(zh.split("会谈取消。】下一句。")));
        }

        @Test
        void quotationFollowedByACommaContinuesTheSentence() {
            assertEquals(List.of("他说“我们绝不会轻易妥协！”，随后拒绝回答记者提问。"),
                    texts(zh.split("他说“我们绝不会轻易妥协！”，随后拒绝回答记者提问。")));
        }

        @Test
        void quotationThatEndsItsSentenceMayBeCutInside() {
            assertEquals(List.of("石破茂说：“我们不会让步。", "这是一场国家利益之战。”", "随后他离开了会场。"),
                    texts(zh.split("石破茂说：“我们不会让步。这是一场国家利益之战。”随后他离开了会场。")));
        }

        @Test
        void nestedQuotationThatEndsItsSentenceMayBeCutInside() {
            assertEquals(List.of("发言人说：“部长表示：‘我们不会让步。", "谈判还会继续。’”", "记者随后追问。"),
                    texts(zh.split("发言人说：“部长表示：‘我们不会让步。谈判还会继续。’”记者随后追问。")));
        }

        @Test
        void spacesAroundPunctuationAreTolerated() {
            assertEquals(List.of("钱学森说 ： “ 我是科技工作者。", "活着的目的就是为人民服务。 ”", "这句话广为流传。"),
                    texts(zh.split("钱学森说 ： “ 我是科技工作者。活着的目的就是为人民服务。 ” 这句话广为流传。")));
        }

        @Test
        void quotationWithoutOwnEndMarkIsNotCutInside() {
            assertEquals(List.of("他称这是“不可接受的。美国必须让步”的问题。"),
                    texts(zh.split("他称这是“不可接受的。美国必须让步”的问题。")));
        }

        @Test
        void openingBracketAfterAFullStopStartsTheNextSentence() {
            assertEquals(List.of("日本媒体批评美国“霸凌”。", "《读卖新闻》的调查显示，信任度降至22%。"),
                    texts(zh.split("日本媒体批评美国“霸凌”。《读卖新闻》的调查显示，信任度降至22%。")));
        }

        @Test
        void ellipsisEndsASentenceOnlyBeforeACloserOrAtTheEndOfALine() {
            assertEquals(List.of("执政联盟能否保住过半数议席，仍是未知数……但石破茂已别无选择。"),
                    texts(zh.split("执政联盟能否保住过半数议席，仍是未知数……但石破茂已别无选择。")));
            assertEquals(List.of("美国要价太高...日本无法接受。"), texts(zh.split("美国要价太高...日本无法接受。")));
            assertEquals(List.of("他说：“会谈取消了……”", "随后离开。"), texts(zh.split("他说：“会谈取消了……”随后离开。")));
            assertEquals(List.of("内阁支持率处于“危险水域”……", "执政联盟压力很大。"),
                    texts(zh.split("内阁支持率处于“危险水域”……\n执政联盟压力很大。")));
        }

        @Test
        void decimalsAndUrlsAreNeverCut() {
            assertEquals(List.of("美国要求日本将防卫开支从3%提高到3.5%。", "原文：https://www.example.com/a.b?x=1 已删除。"),
                    texts(zh.split("美国要求日本将防卫开支从3%提高到3.5%。原文：https://www.example.com/a.b?x=1 已删除。")));
            assertEquals(List.of("增长率为３．５％。", "下一句。"), texts(zh.split("增长率为３．５％。下一句。")));
        }

        @Test
        void headingOnItsOwnLineIsOneSentence() {
            List<Sentence> sentences = zh.split("关税和军费，美国要价太高\n美日为何迄今未能达成协议？原因在于关税。\n");
            assertEquals(List.of("关税和军费，美国要价太高", "美日为何迄今未能达成协议？", "原因在于关税。"), texts(sentences));
            assertEquals(List.of(0, 1, 1), sentences.stream().map(Sentence::paragraph).toList());
            assertEquals(List.of(1, 2, 2), sentences.stream().map(Sentence::line).toList());
        }

        @Test
        void listMarkerOpeningAParagraphIsNotASentence() {
            assertEquals(List.of("6. 片厂", "二、关税问题"), texts(zh.split("6. 片厂\n二、关税问题\n")));
        }

        @Test
        void captionInBracketsIsOneSentence() {
            assertEquals(List.of("（新华社记者 李明 摄）"), texts(zh.split("（新华社记者 李明 摄）")));
        }
    }

    @Nested
    class Japanese {
        private final ChineseJapaneseSplitter ja = new ChineseJapaneseSplitter(Language.JA);

        @Test
        void quotationFollowedByMoreOfTheSentenceIsNeverCut() {
            assertEquals(List.of("岩屋毅外相は「日米同盟は揺るがない。安全保障は重要だ」と述べた。"),
                    texts(ja.split("岩屋毅外相は「日米同盟は揺るがない。安全保障は重要だ」と述べた。")));
            assertEquals(List.of("首相は「交渉は続ける。」と述べた。", "関税交渉は難航している。"),
                    texts(ja.split("首相は「交渉は続ける。」と述べた。関税交渉は難航している。")));
            assertEquals(List.of("首相は『国益をかけた戦いだ！』と強調した。"), texts(ja.split("首相は『国益をかけた戦いだ！』と強調した。")));
        }

        @Test
        void quotationThatEndsTheSentenceMayBeCutInsideEvenWithoutItsOwnMark() {
            assertEquals(List.of("首相は「交渉は続ける。", "譲歩はしない」。", "そう述べた。"),
                    texts(ja.split("首相は「交渉は続ける。譲歩はしない」。そう述べた。")));
        }

        @Test
        void quotationAtTheStartOfASentenceStartsIt() {
            assertEquals(List.of("関税交渉は難航している。", "「米国に従うだけでいいのか」。", "こうした声が上がる。"),
                    texts(ja.split("関税交渉は難航している。「米国に従うだけでいいのか」。こうした声が上がる。")));
        }

        @Test
        void ellipses() {
            assertEquals(List.of("参院選は20日に投開票される……。", "与党の過半数維持は微妙だ。"),
                    texts(ja.split("参院選は20日に投開票される……。与党の過半数維持は微妙だ。")));
            assertEquals(List.of("首相は「交渉は続ける……」と述べるにとどまった。"),
                    texts(ja.split("首相は「交渉は続ける……」と述べるにとどまった。")));
            assertEquals(List.of("米国は利上げを…検討している。"), texts(ja.split("米国は利上げを…検討している。")));
            assertEquals(List.of("交渉は続く……", "次の会合は未定だ。"), texts(ja.split("交渉は続く……\n次の会合は未定だ。")));
        }

        @Test
        void fullWidthAndAsciiMarks() {
            assertEquals(List.of("本当にそうだろうか？", "政府は説明を避けた!", "次の会見は未定だ?", "これは重要だ．", "次に進む．"),
                    texts(ja.split("本当にそうだろうか？政府は説明を避けた!次の会見は未定だ?これは重要だ．次に進む．")));
        }

        @Test
        void hardWrapIsJoinedWithoutASpaceSoAWrappedUrlOrNumberStaysWhole() {
            String text = "詳細は来週の会見で説明するとしており、資料は https://www.exam\n"
                    + "ple.jp/news?id=42 で公開されている。防衛費はGDP比で3.\n"
                    + "5%とする方針だ。\n";
            List<Sentence> sentences = ja.split(text);

            assertEquals(List.of("詳細は来週の会見で説明するとしており、資料は https://www.exam\nple.jp/news?id=42 で公開されている。",
                    "防衛費はGDP比で3.\n5%とする方針だ。"), texts(sentences));
            assertEquals(List.of(0, 0), sentences.stream().map(Sentence::paragraph).toList());
            assertEquals(List.of(1, 2), sentences.stream().map(Sentence::line).toList());
        }

        @Test
        void headingAndNumbers() {
            List<Sentence> sentences = ja.split("日米関税交渉、合意見通せず\n\n米国は防衛費をGDP比3.5%に引き上げるよう求めた。");
            assertEquals(List.of("日米関税交渉、合意見通せず", "米国は防衛費をGDP比3.5%に引き上げるよう求めた。"), texts(sentences));
            assertEquals(3, sentences.get(1).line());
        }
    }

    static List<String> texts(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).toList();
    }
}

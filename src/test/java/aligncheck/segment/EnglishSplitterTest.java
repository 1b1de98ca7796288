package aligncheck.segment;

import static aligncheck.segment.ChineseJapaneseSplitterTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishSplitterTest {
    private final EnglishSplitter en = new EnglishSplitter();

    @ParameterizedTest
    @ValueSource(strings = {
            "Ms. Wang met Mr. Smith and Dr. Lee at the Dept. of State on Aug. 4 before noon.",
            "The talks began at 9 a.m. and ended at 5 p.m. on Friday.",
            "The meeting starts at 10 a.m. tomorrow in Room No. 3 of the annex.",
            "U.S. President Trump said the tariffs would start on Aug. 1, 2025.",
            "Ishiba's bold stance stems from U.S. President Trump's tariff ultimatum on social media.",
            "In May, U.S. Defense Secretary Hegseth called on allies to spend more.",
            "The U.N. Security Council and the U.K. Foreign Office did not comment.",
            "Under Secretary of Defense for Policy Elbridge A. Colby has urged allies to spend more.",
            "George W. Bush and J. D. Vance were mentioned in Sept. 2024 reports.",
            "Details are at https://www.example.com/a.b?x=1 and the site was updated.",
            "The company lost $1.2 billion in the quarter, and shares fell 3.5% on the news.",
            "She cited p. 12 of the report and Fig. 3 in the appendix.",
            "They met in Washington, D.C. on Monday with Sen. Graham and Gen. Brown.",
            "He sat in front of St. Joseph's Church at Wangfujing."
    })
    void oneSentenceIsNotCut(String sentence) {
        assertEquals(List.of(sentence), texts(en.split(sentence)));
    }

    @Test
    void dottedAcronymBeforeASentenceOpenerEndsTheSentence() {
        assertEquals(List.of("The new duties were imposed by the U.S.", "The next day, markets fell 3.5% in Tokyo."),
                texts(en.split("The new duties were imposed by the U.S. The next day, markets fell 3.5% in Tokyo.")));
        assertEquals(List.of("Tokyo's hopes of a \"special relationship\" with the U.S. were shattered, analysts say.",
                        "Nothing has changed with the U.S.", "Former Prime Minister Yukio Hatoyama agreed."),
                texts(en.split("Tokyo's hopes of a \"special relationship\" with the U.S. were shattered, analysts say. "
                        + "Nothing has changed with the U.S. Former Prime Minister Yukio Hatoyama agreed.")));
    }

    @Test
    void initialBeforeASentenceOpenerEndsTheSentence() {
        assertEquals(List.of("The team was drawn into Group A.", "The draw was held in Zurich."),
                texts(en.split("The team was drawn into Group A. The draw was held in Zurich.")));
    }

    @Test
    void listMarkerOpeningASentenceStaysWithIt() {
        assertEquals(List.of("I. The Drafting Process of the Decision", "II. The General Framework",
                        "1. The first point is clear.", "2. The second point follows.", "A. The annex lists the items."),
                texts(en.split("I. The Drafting Process of the Decision\nII. The General Framework\n"
                        + "1. The first point is clear. 2. The second point follows.\nA. The annex lists the items.")));
    }

    @Test
    void quotationEndingWithAPeriodSplitsAfterTheClosingQuote() {
        assertEquals(List.of("She called it \"a grave mistake.\"", "Officials in Tokyo declined to comment."),
                texts(en.split("She called it \"a grave mistake.\" Officials in Tokyo declined to comment.")));
        assertEquals(List.of("He said it was “unacceptable.”", "The ministry issued a statement."),
                texts(en.split("He said it was “unacceptable.” The ministry issued a statement.")));
        assertEquals(List.of("\"We will not give in,\" he said.", "\"This is a fight for our national interest.\""),
                texts(en.split("\"We will not give in,\" he said. \"This is a fight for our national interest.\"")));
    }

    @Test
    void quotationFollowedByLowerCaseContinuesTheSentence() {
        assertEquals(List.of("\"Why now?\" he asked reporters on Monday."),
                texts(en.split("\"Why now?\" he asked reporters on Monday.")));
    }

    @Test
    void ordinarySentenceEndsAreKept() {
        assertEquals(List.of("Is this the end?", "No.", "It is not.", "Apple Inc. reported earnings.",
                        "The firm beat forecasts!"),
                texts(en.split("Is this the end? No. It is not. Apple Inc. reported earnings. The firm beat forecasts!")));
    }

    @Test
    void paragraphBoundariesEndSentencesEvenWithoutPunctuation() {
        List<Sentence> sentences = en.split("Tariffs and military expenses, the U.S. demands too much\n\n"
                + "The reason lies in tariffs. Talks go on.\nAuthor: Cheng Lingyu\n"
                + "Original: https://www.toutiao.com/article/7525806057629680138/\n");
        assertEquals(List.of("Tariffs and military expenses, the U.S. demands too much", "The reason lies in tariffs.",
                "Talks go on.", "Author: Cheng Lingyu",
                "Original: https://www.toutiao.com/article/7525806057629680138/"), texts(sentences));
        assertEquals(List.of(0, 1, 1, 2, 3), sentences.stream().map(Sentence::paragraph).toList());
        assertEquals(List.of(1, 3, 3, 4, 5), sentences.stream().map(Sentence::line).toList());
    }

    @Test
    void hardWrapAfterAnAbbreviationIsJoined() {
        String text = "The announcement came hours after the finance ministers of both countries, Ms.\n"
                + "Wang and Mr. Sato, met in Geneva for a second round of talks on the tariffs.\n"
                + "The talks began at 9 a.m. and were scheduled to resume on Tuesday at 10 a.m.\n"
                + "tomorrow, officials said.\n";
        List<Sentence> sentences = en.split(text);

        assertEquals(List.of(
                "The announcement came hours after the finance ministers of both countries, Ms.\nWang and Mr. Sato, "
                        + "met in Geneva for a second round of talks on the tariffs.",
                "The talks began at 9 a.m. and were scheduled to resume on Tuesday at 10 a.m.\ntomorrow, officials said."),
                texts(sentences));
        assertEquals(List.of(0, 1), sentences.stream().map(Sentence::paragraph).toList());
        assertEquals(List.of(1, 3), sentences.stream().map(Sentence::line).toList());
    }

    @Test
    void theBareModelMakesTheErrorsTheRulesCorrect() {
        String text = "U.S. President Trump met Ms. Wang on Aug. 4 at 9 a.m. local time.";
        assertEquals(List.of(text), texts(en.split(text)));
        assertEquals(4, EnglishSplitter.modelOnly().split(text).size(), "model behaviour changed: re-measure the rules");
    }

    @Test
    void aHyphenatedCompoundEndingInUsIsNoSentenceEnd() {
        String heading = "Japan-U.S. Tariff Talks at a Critical Juncture as Washington Presses on Defense";
        assertEquals(List.of(heading), texts(en.split(heading)));
        String two = "Tokyo sought a deal before the China-U.S. talks. The ministers met on Friday.";
        assertEquals(2, en.split(two).size());
        String opener = "The pressure came from Japan-U.S. The next round starts in August.";
        assertEquals(2, en.split(opener).size());
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = "U.S. President Trump said on Monday that tariffs would start on Aug. 1. Mr. Ishiba said Japan "
                + "would not give in. \"This is a fight for our national interest.\" Talks will resume at 10 a.m. "
                + "tomorrow.\n";
        List<Sentence> expected = en.split(text);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Sentence>>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> en.split(text)));
            }
            for (Future<List<Sentence>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(4, expected.size());
    }
}

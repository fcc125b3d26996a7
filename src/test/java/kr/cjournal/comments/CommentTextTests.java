package kr.cjournal.comments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The 400-byte rule and the cleaning of a comment's text, as the server applies them. */
class CommentTextTests {

	@Test
	void countsAsciiAsOneByteAndEveryOtherCodePointAsTwo() {
		assertThat(CommentText.bytes("a".repeat(400))).isEqualTo(400);
		assertThat(CommentText.bytes("a".repeat(401))).isEqualTo(401);
		assertThat(CommentText.bytes("가".repeat(200))).isEqualTo(400);
		assertThat(CommentText.bytes("가".repeat(200) + "a")).isEqualTo(401);
		assertThat(CommentText.bytes("좋은 기사 ok")).isEqualTo(2 * 4 + 4);
		assertThat(CommentText.bytes("😀".repeat(200))).as("an emoji is one code point, 2 bytes").isEqualTo(400);
		assertThat(CommentText.bytes("😀".repeat(200) + "!")).isEqualTo(401);
		assertThat(CommentText.bytes("é")).as("any non-ASCII letter is 2 bytes").isEqualTo(2);
		assertThat(CommentText.bytes("a\nb")).as("a line break is ASCII").isEqualTo(3);
	}

	@Test
	void countsTheNfcFormSoDecomposedHangulCountsLikeTyped() {
		String decomposed = java.text.Normalizer.normalize("한글", java.text.Normalizer.Form.NFD);
		assertThat(decomposed.codePointCount(0, decomposed.length())).isGreaterThan(2);
		assertThat(CommentText.bytes(decomposed)).isEqualTo(4);
	}

	@Test
	void keepsLineBreaksDropsControlsAndCutsLongRunsOfBlankLines() {
		assertThat(CommentText.clean("첫 줄\r\n둘째 줄")).isEqualTo("첫 줄\n둘째 줄");
		assertThat(CommentText.clean("벨\u0007소리\u0000")).isEqualTo("벨소리");
		assertThat(CommentText.clean("a\tb")).isEqualTo("a b");
		assertThat(CommentText.clean("위\n\n\n\n\n\n아래")).isEqualTo("위\n\n\n아래");
		assertThat(CommentText.clean("위\n \n\t\n\n\n아래")).isEqualTo("위\n\n\n아래");
		assertThat(CommentText.clean("위\n\n\n아래")).as("two blank lines stay").isEqualTo("위\n\n\n아래");
		assertThat(CommentText.clean("  <b>그대로</b> &amp;  ")).isEqualTo("<b>그대로</b> &amp;");
	}

	@Test
	void textOfOnlyInvisibleCharactersShowsNothing() {
		for (String invisible : new String[] { "", "   ", "\n\n", "\u200B\u200C\u200D", "\u200E\u200F\u202A\u202E",
				"\u3164\u3164", "\u115F\u1160", "\uFFA0", "\u2800", "\uFEFF", "\u2060\u00AD", "\u3000", "\u0301",
				"\uFE0F" }) {
			assertThat(CommentText.isVisible(CommentText.clean(invisible))).as("%s", invisible.codePoints().boxed().toList())
				.isFalse();
		}
		assertThat(CommentText.isVisible("\u200B가")).isTrue();
		assertThat(CommentText.isVisible("😀")).isTrue();
		assertThat(CommentText.isVisible(".")).isTrue();
	}

	@Test
	void theSameTextIgnoresSpacesCaseAndWidth() {
		assertThat(CommentText.key("좋은 기사 OK")).isEqualTo(CommentText.key("좋은기사ok"));
		assertThat(CommentText.key("ＯＫ 좋아")).isEqualTo(CommentText.key("ok좋아"));
		assertThat(CommentText.key("좋\u200B아")).isEqualTo(CommentText.key("좋아"));
		assertThat(CommentText.key("좋아")).isNotEqualTo(CommentText.key("싫어")).hasSize(64);
	}

	@Test
	void cleansAHundredThousandCharactersQuickly() {
		String huge = "가나다 abc\n".repeat(12_500);
		long started = System.nanoTime();
		int bytes = CommentText.bytes(CommentText.clean(huge));
		assertThat(bytes).isGreaterThan(CommentText.MAX_BYTES);
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(500);
	}
}

package kr.cjournal.search.lucene;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Joins what Nori cuts apart in numbers: {@code 3 . 5} → {@code 3.5}, {@code 1 , 000} →
 * {@code 1000}, when the parts touch in the text. Nori's own {@code KoreanNumberFilter} also
 * reads Hangul numerals, and then 이사회 (board) loses 이 as the number 2; news text needs the
 * Arabic digits only.
 */
final class DecimalJoinFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	/** Tokens read ahead and not joined, to be handed on in their order. */
	private final Deque<State> pending = new ArrayDeque<>();

	private boolean exhausted;

	DecimalJoinFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!advance()) {
			return false;
		}
		if (!digits()) {
			return true;
		}
		State head = captureState();
		StringBuilder value = new StringBuilder(term);
		int start = offset.startOffset();
		int end = offset.endOffset();
		while (advance()) {
			State separator = captureState();
			char sep = term.length() == 1 ? term.charAt(0) : 0;
			int sepEnd = offset.endOffset();
			if ((sep != '.' && sep != ',') || offset.startOffset() != end) {
				pending.addFirst(separator);
				break;
			}
			if (!advance()) {
				pending.addFirst(separator);
				break;
			}
			boolean joins = digits() && offset.startOffset() == sepEnd && (sep == '.' || term.length() == 3);
			if (!joins) {
				pending.addFirst(captureState());
				pending.addFirst(separator);
				break;
			}
			value.append(sep == '.' ? "." : "").append(term);
			end = offset.endOffset();
		}
		restoreState(head);
		term.setEmpty().append(value);
		offset.setOffset(start, end);
		return true;
	}

	private boolean advance() throws IOException {
		if (!pending.isEmpty()) {
			restoreState(pending.pollFirst());
			return true;
		}
		if (exhausted) {
			return false;
		}
		exhausted = !input.incrementToken();
		return !exhausted;
	}

	private boolean digits() {
		if (term.length() == 0) {
			return false;
		}
		for (int i = 0; i < term.length(); i++) {
			char c = term.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending.clear();
		exhausted = false;
	}
}

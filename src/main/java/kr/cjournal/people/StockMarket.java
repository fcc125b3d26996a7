package kr.cjournal.people;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The markets a company of the directory may be listed on, each with its ISO 10383 market
 * identifier code (MIC), which is what ninjs {@code symbols[].exchange} carries: XKRX for the
 * KRX main board (KOSPI), XKOS for KOSDAQ, XKON for KONEX, XNYS, XNAS, XTKS and XHKG abroad.
 * Korean codes are six digits or, for newer listings, six digits and capital letters.
 */
public enum StockMarket {

	KOSPI("코스피", "XKRX", true), KOSDAQ("코스닥", "XKOS", true), KONEX("코넥스", "XKON", true),
	NYSE("뉴욕증권거래소", "XNYS", false), NASDAQ("나스닥", "XNAS", false), TSE("도쿄증권거래소", "XTKS", false),
	HKEX("홍콩증권거래소", "XHKG", false);

	private static final Pattern KOREAN_CODE = Pattern.compile("[0-9A-Z]{6}");

	private static final Pattern FOREIGN_TICKER = Pattern.compile("[0-9A-Z][0-9A-Z.\\-]{0,11}");

	private final String label;

	private final String mic;

	private final boolean korean;

	StockMarket(String label, String mic, boolean korean) {
		this.label = label;
		this.mic = mic;
		this.korean = korean;
	}

	/** The market as Korean readers call it: 코스피, 코스닥 ... */
	public String label() {
		return label;
	}

	/** ISO 10383 market identifier code. */
	public String mic() {
		return mic;
	}

	/** Whether {@code code} (already trimmed and upper-cased) is a code this market could give. */
	public boolean accepts(String code) {
		return code != null && (korean ? KOREAN_CODE : FOREIGN_TICKER).matcher(code).matches();
	}

	/** What a code of this market looks like, in the sentence that refuses a wrong one. */
	public String codeRule() {
		return korean ? "숫자 6자리(또는 숫자·영문 대문자 6자리)" : "영문 대문자·숫자 12자 이내";
	}

	public static Optional<StockMarket> of(String name) {
		for (StockMarket market : values()) {
			if (market.name().equals(name)) {
				return Optional.of(market);
			}
		}
		return Optional.empty();
	}
}

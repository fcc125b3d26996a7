package kr.cjournal.media;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.util.unit.DataSize;

/** The Korean sentences that tell staff why an upload was refused and what the limit is. */
final class RejectionTexts {

	private static final double MEGABYTE = 1024.0 * 1024.0;

	private RejectionTexts() {
	}

	static String tooLarge(DataSize limit) {
		return "사진 파일은 " + megabytes(limit.toBytes()) + "MB까지 올릴 수 있습니다. 더 작은 파일을 골라 주세요.";
	}

	static String tooLarge(DataSize limit, long size) {
		return "사진 파일은 " + megabytes(limit.toBytes()) + "MB까지 올릴 수 있습니다. 이 파일은 " + megabytes(size) + "MB입니다.";
	}

	static String tooWide(int maxSide, int width, int height) {
		return "사진의 가로와 세로는 각각 " + number(maxSide) + "픽셀까지입니다. 이 사진은 " + size(width, height) + "입니다.";
	}

	static String tooManyPixels(long maxPixels, int width, int height) {
		return "사진은 " + tenThousands(maxPixels) + " 화소까지 올릴 수 있습니다. 이 사진은 " + size(width, height) + "("
				+ tenThousands((long) width * height) + " 화소)입니다.";
	}

	private static String size(int width, int height) {
		return number(width) + "×" + number(height) + "픽셀";
	}

	/** 64,000,000 as "6,400만", the way Korean counts pixels; rounded up so an excess never reads as the limit. */
	private static String tenThousands(long count) {
		return number((count + 9_999) / 10_000) + "만";
	}

	/** Whole megabytes as "20", others to one decimal, rounded up: 20 MB and a byte is "20.1". */
	private static String megabytes(long bytes) {
		double tenths = Math.ceil(bytes * 10 / MEGABYTE);
		return tenths % 10 == 0 ? number((long) tenths / 10) : String.valueOf(tenths / 10);
	}

	private static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.KOREA).format(value);
	}
}

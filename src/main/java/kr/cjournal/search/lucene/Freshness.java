package kr.cjournal.search.lucene;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A story's weight by age, multiplied into its relevance: 1 when new, half after
 * {@link #HALF_LIFE_DAYS} days, and never below {@link #FLOOR}, so that an old story that
 * matches much better still comes before a fresh one that barely matches.
 */
final class Freshness extends DoubleValuesSource {

	static final double HALF_LIFE_DAYS = 30;

	static final double FLOOR = 0.3;

	private static final double DAY_MILLIS = 86_400_000d;

	private final long now;

	Freshness(long nowMillis) {
		this.now = nowMillis;
	}

	static double weight(long ageMillis) {
		double days = Math.max(0, ageMillis) / DAY_MILLIS;
		return FLOOR + (1 - FLOOR) * Math.pow(0.5, days / HALF_LIFE_DAYS);
	}

	@Override
	public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
		NumericDocValues published = DocValues.getNumeric(ctx.reader(), StoryDocuments.PUBLISHED);
		return new DoubleValues() {
			private double value = FLOOR;

			@Override
			public double doubleValue() {
				return value;
			}

			@Override
			public boolean advanceExact(int doc) throws IOException {
				value = published.advanceExact(doc) ? weight(now - published.longValue()) : FLOOR;
				return true;
			}
		};
	}

	@Override
	public boolean needsScores() {
		return false;
	}

	@Override
	public DoubleValuesSource rewrite(IndexSearcher searcher) {
		return this;
	}

	@Override
	public boolean isCacheable(LeafReaderContext ctx) {
		return DocValues.isCacheable(ctx, StoryDocuments.PUBLISHED);
	}

	@Override
	public int hashCode() {
		return Objects.hash(Freshness.class, now);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Freshness f && f.now == now;
	}

	@Override
	public String toString() {
		return "freshness(" + StoryDocuments.PUBLISHED + ", halfLife=" + HALF_LIFE_DAYS + "d)";
	}
}

package kr.cjournal.search.lucene;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

import kr.cjournal.core.Kst;
import kr.cjournal.search.IndexedStory;

/** How a story is laid out in the index: its fields, their names and how each is indexed. */
final class StoryDocuments {

	static final String ID = "id";
	static final String HEADLINE = "headline";
	/** The whole headline lower-cased and untokenised, for completing what a reader types. */
	static final String HEADLINE_KEY = "headlineKey";
	static final String SUBTITLE = "subtitle";
	static final String BODY = "body";
	static final String NAMES = "names";
	static final String TAGS = "tags";
	static final String SECTIONS = "sectionIds";
	static final String REPORTERS = "reporterIds";
	static final String PEOPLE = "personIds";
	static final String ORGANIZATIONS = "organizationIds";
	static final String PUBLISHED = "publishedAt";

	/** Where a reader's words are looked for, and how much a match there counts. */
	static final Map<String, Float> SEARCHED = Map.of(HEADLINE, 3f, NAMES, 2f, SUBTITLE, 2f, TAGS, 1.5f, BODY, 1f);

	static final int MAX_KEY = 200;

	/** Stored for snippets and highlighted from offsets in the postings: no re-analysis at search time. */
	private static final FieldType HIGHLIGHTED = highlighted();

	private StoryDocuments() {
	}

	static Term idTerm(long id) {
		return new Term(ID, Long.toString(id));
	}

	static Document of(IndexedStory story) {
		Document doc = new Document();
		doc.add(new StringField(ID, Long.toString(story.id()), Field.Store.YES));
		doc.add(new NumericDocValuesField(ID, story.id()));
		String headline = nonNull(story.headline());
		doc.add(new Field(HEADLINE, headline, HIGHLIGHTED));
		doc.add(new StringField(HEADLINE_KEY, key(headline), Field.Store.NO));
		doc.add(new Field(SUBTITLE, story.subtitle(), HIGHLIGHTED));
		doc.add(new Field(BODY, nonNull(story.bodyText()), HIGHLIGHTED));
		// One value per name: analysed alone, a name is cut the way a reader's query for it is.
		for (String name : concat(story.names(), story.reporterNames())) {
			doc.add(new TextField(NAMES, name, Field.Store.NO));
		}
		for (String tag : story.tags()) {
			doc.add(new TextField(TAGS, tag, Field.Store.NO));
		}
		longs(doc, SECTIONS, story.sectionIds(), false);
		longs(doc, REPORTERS, story.reporterIds(), false);
		longs(doc, PEOPLE, story.personIds(), true);
		longs(doc, ORGANIZATIONS, story.organizationIds(), true);
		long published = millis(story.publishedAt() != null ? story.publishedAt() : story.updatedAt());
		doc.add(new LongPoint(PUBLISHED, published));
		doc.add(new NumericDocValuesField(PUBLISHED, published));
		doc.add(new StoredField(PUBLISHED, published));
		return doc;
	}

	static String key(String headline) {
		String key = headline.strip().toLowerCase(Locale.ROOT);
		return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
	}

	static long millis(OffsetDateTime time) {
		return time == null ? 0 : time.toInstant().toEpochMilli();
	}

	static OffsetDateTime time(long millis) {
		return OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), Kst.ZONE);
	}

	/** Points for filters; the stored copy lets related() read whom a story is about. */
	private static void longs(Document doc, String field, List<Long> values, boolean stored) {
		for (Long value : values) {
			if (value != null) {
				doc.add(new LongPoint(field, value));
				if (stored) {
					doc.add(new StoredField(field, value));
				}
			}
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).filter(s -> s != null).toList();
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	private static FieldType highlighted() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}
}

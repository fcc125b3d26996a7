package kr.cjournal.newsroom;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Makes every stored summary again with {@link StorySummary}: earlier versions took it from the
 * linked body as text, so teasers and meta descriptions showed {@code "한울그룹" (/company/1)}.
 * The summary depends on the Markdown only (links change no words), so it needs nothing but the
 * row. Flyway runs it once, as version 15, before the application serves a page.
 */
@Component
class V13__newsroom_story_summaries extends BaseJavaMigration {

	private static final int BATCH = 200;

	@Override
	public void migrate(Context context) throws SQLException {
		recompute(context.getConnection());
	}

	/** Writes each article's summary again from its Markdown, a batch at a time; how many changed. */
	static int recompute(Connection connection) throws SQLException {
		int changed = 0;
		long after = 0;
		int read = BATCH;
		while (read == BATCH) {
			read = 0;
			Map<Long, String> fixed = new LinkedHashMap<>();
			try (PreparedStatement select = connection.prepareStatement("""
					select id, body_markdown, summary from articles
					where id > ? and body_markdown is not null order by id""")) {
				select.setLong(1, after);
				select.setMaxRows(BATCH);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						read++;
						after = rows.getLong("id");
						String summary = StorySummary.of(rows.getString("body_markdown"));
						if (!summary.equals(rows.getString("summary"))) {
							fixed.put(after, summary);
						}
					}
				}
			}
			if (!fixed.isEmpty()) {
				try (PreparedStatement update = connection.prepareStatement("update articles set summary = ? where id = ?")) {
					for (Map.Entry<Long, String> row : fixed.entrySet()) {
						update.setString(1, row.getValue());
						update.setLong(2, row.getKey());
						update.addBatch();
					}
					update.executeBatch();
				}
				changed += fixed.size();
			}
		}
		return changed;
	}
}

package kr.cjournal.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Readers;
import kr.cjournal.core.Page;
import kr.cjournal.core.PageNumber;
import kr.cjournal.core.Refusal;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;

/** Builds {@code /reader/{nickname}} in a fixed number of queries, whatever the number of comments. */
@Component
public class ReaderProfiles {

	private static final int OWN_LIMIT = 50;

	private static final String COLUMNS = "id, article_id, parent_id, body, likes, dislikes, created_at, status";

	private final JdbcClient jdbc;

	private final Readers readers;

	private final Articles articles;

	private final Viewers viewers;

	ReaderProfiles(JdbcClient jdbc, Readers readers, Articles articles, Viewers viewers) {
		this.jdbc = jdbc;
		this.readers = readers;
		this.articles = articles;
		this.viewers = viewers;
	}

	public ReaderProfile profile(String nickname, int page, HttpServletRequest request, Flash flash) {
		PageNumber.check(page);
		Reader reader = readers.byNickname(nickname).orElseThrow(() -> Refusal.notFound("그런 닉네임의 독자가 없습니다."));
		long id = reader.accountId();
		long[] stats = jdbc.sql("select count(*), coalesce(sum(likes), 0) from comments where author_id = ? and status = 'VISIBLE'")
			.params(id)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		int size = PageNumber.PAGE_SIZE;
		if (page > 1 && (long) (page - 1) * size >= stats[0]) {
			throw Refusal.notFound("이 독자의 댓글 목록에 그런 쪽이 없습니다.");
		}
		List<Row> visible = jdbc.sql("select " + COLUMNS + " from comments where author_id = ? and status = 'VISIBLE'"
				+ " order by created_at desc, id desc limit ? offset ?")
			.params(id, size, (long) (page - 1) * size)
			.query((rs, n) -> row(rs))
			.list();
		Reader viewer = viewers.of(request);
		boolean self = viewer != null && viewer.accountId() == id;
		List<Row> inReview = List.of();
		List<ReaderNotice> notices = List.of();
		List<Reader> blocked = List.of();
		boolean blockedByViewer = false;
		if (self) {
			inReview = jdbc.sql("select " + COLUMNS + " from comments where author_id = ? and status = 'REVIEW'"
					+ " order by created_at desc, id desc limit ?")
				.params(id, OWN_LIMIT)
				.query((rs, n) -> row(rs))
				.list();
			notices = jdbc.sql("select id, kind, body, comment_id, measure_id, created_at, read_at from reader_notices"
					+ " where reader_id = ? order by created_at desc, id desc limit ?")
				.params(id, OWN_LIMIT)
				.query((rs, n) -> new ReaderNotice(rs.getLong("id"), rs.getString("kind"), rs.getString("body"),
						rs.getObject("comment_id", Long.class), rs.getObject("measure_id", Long.class),
						rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at") == null))
				.list();
			if (notices.stream().anyMatch(ReaderNotice::unread)) {
				// Shown once as new; the next visit lists them as read.
				jdbc.sql("update reader_notices set read_at = current_timestamp where reader_id = ? and read_at is null")
					.params(id)
					.update();
			}
			List<Long> blockedIds = jdbc.sql("select blocked_id from reader_blocks where reader_id = ? order by created_at desc")
				.params(id)
				.query(Long.class)
				.list();
			Map<Long, Reader> found = readers.byIds(blockedIds);
			blocked = blockedIds.stream().map(found::get).filter(r -> r != null).toList();
		}
		else if (viewer != null) {
			blockedByViewer = jdbc.sql("select count(*) from reader_blocks where reader_id = ? and blocked_id = ?")
				.params(viewer.accountId(), id)
				.query(Long.class)
				.single() > 0;
		}
		Set<Long> storyIds = new LinkedHashSet<>();
		visible.forEach(r -> storyIds.add(r.articleId()));
		inReview.forEach(r -> storyIds.add(r.articleId()));
		Map<Long, String> headlines = new HashMap<>();
		for (ArticleSummary story : articles.summaries(List.copyOf(storyIds))) {
			headlines.put(story.id(), story.headline());
		}
		CsrfToken csrf = viewer == null ? null : Viewers.csrf(request);
		return new ReaderProfile(reader, stats[0], stats[1],
				new Page<>(shown(visible, headlines), page, size, stats[0]), self, viewer, blockedByViewer,
				shown(inReview, headlines), notices, blocked, csrf == null ? null : csrf.getParameterName(),
				csrf == null ? null : csrf.getToken(), flash == null ? Flash.NONE : flash);
	}

	/** Comments under stories no longer published are left out. */
	private static List<ReaderComment> shown(List<Row> rows, Map<Long, String> headlines) {
		List<ReaderComment> shown = new ArrayList<>();
		for (Row r : rows) {
			String headline = headlines.get(r.articleId());
			if (headline != null) {
				shown.add(new ReaderComment(r.id(), r.articleId(), headline, r.reply(), r.body(), r.likes(), r.dislikes(),
						r.createdAt(), "REVIEW".equals(r.status())));
			}
		}
		return shown;
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("article_id"), rs.getObject("parent_id", Long.class) != null,
				rs.getString("body"), rs.getInt("likes"), rs.getInt("dislikes"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getString("status"));
	}

	private record Row(long id, long articleId, boolean reply, String body, int likes, int dislikes,
			OffsetDateTime createdAt, String status) {
	}
}

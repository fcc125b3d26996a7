package kr.cjournal.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Readers;
import kr.cjournal.core.Page;
import kr.cjournal.core.PageNumber;

/**
 * A story's comments as readers see them: top-level comments, newest or most 공감 first, 20 a
 * page, each with its replies (one level). What everyone sees of a page is built in three queries
 * (the page, its replies, their authors) and kept per story, sort and page until the story's
 * comments change ({@link CommentsChanged}); what only the viewer sees (their own comments under
 * review, readers they block, their own reactions) is laid over it on every request, in three more.
 */
@Component
public class CommentThreads {

	/** Top-level comments others see: visible or blinded ones, and deleted or removed ones that keep visible replies. */
	private static final String SHOWN_TOP = """
			c.article_id = :article and c.parent_id is null and (c.status in ('VISIBLE', 'BLINDED')
			or (c.status in ('DELETED', 'REMOVED') and exists
			(select 1 from comments r where r.parent_id = c.id and r.status = 'VISIBLE')))""";

	private static final String COLUMNS = "c.id, c.parent_id, c.author_id, c.body, c.status, c.likes, c.dislikes, c.created_at";

	private final JdbcClient jdbc;

	private final Readers readers;

	private final CommentCounts counts;

	private final Cache<Key, Page<ShownComment>> lists;

	/** Each story's stored count and switches, kept as long as its lists. */
	private final Cache<Long, CommentCounts.ThreadState> states;

	CommentThreads(JdbcClient jdbc, Readers readers, CommentCounts counts, ThreadSettings settings) {
		this.jdbc = jdbc;
		this.readers = readers;
		this.counts = counts;
		this.lists = Caffeine.newBuilder()
			.expireAfterWrite(settings.listCache())
			.maximumSize(settings.listCacheSize())
			.build();
		this.states = Caffeine.newBuilder()
			.expireAfterWrite(settings.listCache())
			.maximumSize(settings.listCacheSize())
			.build();
	}

	/** What every reader sees of one page: cached. A page past the end comes back empty, with the real total. */
	public Page<ShownComment> publicPage(long articleId, CommentSort sort, int page) {
		PageNumber.check(page);
		return lists.get(new Key(articleId, sort, page), this::load);
	}

	/** The story's number of visible comments and replies (the 댓글 (N) heading), from the cache. */
	public int total(long articleId) {
		return state(articleId).visibleCount();
	}

	/** The story's stored count and whether its comments are closed, from the cache. */
	CommentCounts.ThreadState state(long articleId) {
		return states.get(articleId, counts::state);
	}

	/** One page as {@code viewer} sees it (null: signed out, the public page as it is). */
	public Page<ShownComment> page(long articleId, CommentSort sort, int page, Reader viewer) {
		Page<ShownComment> shown = publicPage(articleId, sort, page);
		if (viewer == null) {
			return shown;
		}
		return overlay(articleId, shown, viewer.accountId());
	}

	/** The story's comments changed: store its new count and forget its cached lists. */
	@TransactionalEventListener(fallbackExecution = true)
	void changed(CommentsChanged event) {
		counts.recount(event.articleId());
		forget(event.articleId());
	}

	void forget(long articleId) {
		lists.asMap().keySet().removeIf(key -> key.articleId() == articleId);
		states.invalidate(articleId);
	}

	private Page<ShownComment> load(Key key) {
		int size = PageNumber.PAGE_SIZE;
		String order = key.sort() == CommentSort.LIKES ? " order by c.likes desc, c.created_at desc, c.id desc"
				: " order by c.created_at desc, c.id desc";
		long[] total = { -1 };
		List<Row> top = jdbc.sql("select " + COLUMNS + ", count(*) over () as total from comments c where " + SHOWN_TOP
				+ order + " limit :limit offset :offset")
			.param("article", key.articleId())
			.param("limit", size)
			.param("offset", (long) (key.page() - 1) * size)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return row(rs);
			})
			.list();
		if (top.isEmpty()) {
			long all = key.page() == 1 ? 0 : jdbc.sql("select count(*) from comments c where " + SHOWN_TOP)
				.param("article", key.articleId())
				.query(Long.class)
				.single();
			return new Page<>(List.of(), key.page(), size, all);
		}
		List<Long> ids = top.stream().map(Row::id).toList();
		List<Row> replies = jdbc.sql("select " + COLUMNS + " from comments c where c.parent_id in (:ids)"
				+ " and c.status in ('VISIBLE', 'BLINDED') order by c.created_at, c.id")
			.param("ids", ids)
			.query((rs, n) -> row(rs))
			.list();
		Set<Long> authorIds = new HashSet<>();
		top.forEach(r -> authorIds.add(r.authorId()));
		replies.forEach(r -> authorIds.add(r.authorId()));
		Map<Long, Reader> authors = readers.byIds(authorIds);
		Map<Long, List<ShownComment>> byParent = new HashMap<>();
		for (Row reply : replies) {
			byParent.computeIfAbsent(reply.parentId(), p -> new ArrayList<>()).add(reply.shown(authors, List.of()));
		}
		List<ShownComment> shown = top.stream().map(r -> r.shown(authors, byParent.getOrDefault(r.id(), List.of()))).toList();
		return new Page<>(shown, key.page(), size, total[0]);
	}

	/** The viewer's own comments under review, the readers they block and their own reactions. */
	private Page<ShownComment> overlay(long articleId, Page<ShownComment> shown, long viewerId) {
		List<Row> ownInReview = jdbc.sql("select " + COLUMNS + " from comments c where c.article_id = ? and c.author_id = ?"
				+ " and c.status = 'REVIEW' order by c.created_at desc, c.id desc")
			.params(articleId, viewerId)
			.query((rs, n) -> row(rs))
			.list();
		Set<Long> blocked = new HashSet<>(jdbc.sql("select blocked_id from reader_blocks where reader_id = ?")
			.params(viewerId)
			.query(Long.class)
			.list());
		List<Long> ids = new ArrayList<>();
		for (ShownComment c : shown.items()) {
			ids.add(c.id());
			c.replies().forEach(r -> ids.add(r.id()));
		}
		// The viewer's own reactions, and every shown comment's counts as they are now: the cached
		// list may be up to its lifetime old (a 공감 does not drop it), the reader who just reacted
		// must see their 공감 counted.
		Map<Long, String> reactions = new HashMap<>();
		Map<Long, int[]> counts = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select c.id, c.likes, c.dislikes, r.kind from comments c left join comment_reactions r"
					+ " on r.comment_id = c.id and r.reader_id = :reader where c.id in (:ids)")
				.param("reader", viewerId)
				.param("ids", ids)
				.query((rs, n) -> {
					counts.put(rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3) });
					return rs.getString(4) == null ? null : reactions.put(rs.getLong(1), rs.getString(4));
				})
				.list();
		}
		Map<Long, List<ShownComment>> reviewReplies = new HashMap<>();
		List<ShownComment> items = new ArrayList<>();
		Map<Long, Reader> me = ownInReview.isEmpty() ? Map.of() : readers.byIds(List.of(viewerId));
		for (Row row : ownInReview) {
			if (row.parentId() == null) {
				if (shown.number() == 1) {
					items.add(row.shown(me, List.of()).asSeenBy(viewerId, null));
				}
			}
			else {
				reviewReplies.computeIfAbsent(row.parentId(), p -> new ArrayList<>()).add(row.shown(me, List.of()).asSeenBy(viewerId, null));
			}
		}
		for (ShownComment c : shown.items()) {
			List<ShownComment> replies = new ArrayList<>();
			for (ShownComment reply : c.replies()) {
				if (!blocked.contains(reply.authorId()) || reply.isPlaceholder()) {
					replies.add(reply.withCounts(counts.get(reply.id())).asSeenBy(viewerId, reactions.get(reply.id())));
				}
			}
			replies.addAll(reviewReplies.getOrDefault(c.id(), List.of()));
			ShownComment seen = c.withReplies(replies).withCounts(counts.get(c.id())).asSeenBy(viewerId, reactions.get(c.id()));
			if (!c.isPlaceholder() && blocked.contains(c.authorId())) {
				if (replies.isEmpty()) {
					continue;
				}
				seen = seen.blocked();
			}
			items.add(seen);
		}
		return new Page<>(items, shown.number(), shown.size(), shown.total());
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getObject("parent_id", Long.class), rs.getLong("author_id"), rs.getString("body"),
				CommentStatus.valueOf(rs.getString("status")), rs.getInt("likes"), rs.getInt("dislikes"),
				rs.getObject("created_at", OffsetDateTime.class));
	}

	private record Key(long articleId, CommentSort sort, int page) {
	}

	private record Row(long id, Long parentId, long authorId, String body, CommentStatus status, int likes, int dislikes,
			OffsetDateTime createdAt) {

		ShownComment shown(Map<Long, Reader> authors, List<ShownComment> replies) {
			String placeholder = switch (status) {
				case VISIBLE, REVIEW -> null;
				case DELETED -> ShownComment.DELETED;
				case REMOVED -> ShownComment.REMOVED;
				case BLINDED -> ShownComment.BLINDED;
			};
			Reader author = authors.get(authorId);
			if (placeholder != null || author == null) {
				return new ShownComment(id, parentId, authorId, null, null, null, createdAt, 0, 0,
						placeholder == null ? ShownComment.DELETED : placeholder, false, false, null, List.copyOf(replies));
			}
			return new ShownComment(id, parentId, authorId, author.nickname(), author.url(), body, createdAt, likes,
					dislikes, null, false, status == CommentStatus.REVIEW, null, List.copyOf(replies));
		}
	}
}

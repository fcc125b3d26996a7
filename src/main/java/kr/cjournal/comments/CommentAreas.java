package kr.cjournal.comments;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.cjournal.accounts.Reader;
import kr.cjournal.core.Page;
import kr.cjournal.core.PageNumber;
import kr.cjournal.core.Refusal;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.ArticleCorrected;
import kr.cjournal.newsroom.ArticlePublished;
import kr.cjournal.newsroom.ArticleUnpublished;
import kr.cjournal.newsroom.Articles;

/**
 * Builds a story's comment area for the request at hand, for the full comment page (the site's)
 * and the fragment the article page loads. A story that is not published, or a page past the
 * end, is refused as not found.
 */
@Component
public class CommentAreas {

	private final Articles articles;

	private final CommentCounts counts;

	private final CommentThreads threads;

	private final Viewers viewers;

	/** Published stories by id (empty: not published), so a busy story's comments ask the newsroom nothing. */
	private final Cache<Long, Optional<ArticleSummary>> stories;

	CommentAreas(Articles articles, CommentCounts counts, CommentThreads threads, Viewers viewers,
			ThreadSettings settings) {
		this.articles = articles;
		this.counts = counts;
		this.threads = threads;
		this.viewers = viewers;
		this.stories = Caffeine.newBuilder()
			.expireAfterWrite(settings.listCache())
			.maximumSize(settings.listCacheSize())
			.build();
	}

	/** A story went out, was corrected or was withdrawn: ask the newsroom again next time. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticlePublished event) {
		stories.invalidate(event.articleId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleCorrected event) {
		stories.invalidate(event.articleId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleUnpublished event) {
		stories.invalidate(event.articleId());
	}

	public CommentArea build(long articleId, String sort, int page, HttpServletRequest request, Flash flash) {
		PageNumber.check(page);
		ArticleSummary story = story(articleId);
		CommentCounts.ThreadState state = threads.state(articleId);
		Reader viewer = viewers.of(request);
		CommentSort order = CommentSort.of(sort);
		Page<ShownComment> comments = threads.page(articleId, order, page, viewer);
		if (page > 1 && comments.isBeyondEnd()) {
			throw Refusal.notFound("댓글 목록에 그런 쪽이 없습니다.");
		}
		CsrfToken csrf = viewer == null ? null : Viewers.csrf(request);
		return new CommentArea(story, state.visibleCount(), state.closed(), order, comments, viewer,
				csrf == null ? null : csrf.getParameterName(), csrf == null ? null : csrf.getToken(),
				flash == null ? Flash.NONE : flash);
	}

	/** The published story, or refused as not found. */
	public ArticleSummary story(long articleId) {
		return stories.get(articleId, id -> articles.summaries(List.of(id)).stream().findFirst())
			.orElseThrow(() -> Refusal.notFound("기사를 찾을 수 없습니다. 주소를 확인해 주세요."));
	}
}

package kr.cjournal.site;

import kr.cjournal.comments.CommentArea;

/** A story's comment page {@code /article/{id}/comments}: the comment area under the site's masthead. */
public record CommentsPage(Masthead masthead, CommentArea area) {
}

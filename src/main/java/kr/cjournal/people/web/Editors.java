package kr.cjournal.people.web;

import org.springframework.security.access.AccessDeniedException;

import kr.cjournal.accounts.Actor;

/**
 * Who may do what in the directory, on its pages and through the API alike. Every staff member
 * may look and add a new person or organisation (a reporter meets new names first); changing what
 * others rely on (a title or another name for someone already in it, removing, merging) is for
 * desk editors and admins. The API that reads drafts for names is for those who write them.
 */
public final class Editors {

	/** What a staff member who may not edit is told. */
	public static final String REFUSAL = "이미 있는 인물·기업의 정보(직함, 다른 이름)는 데스크(에디터)와 관리자만 고칠 수 있습니다. 데스크에 요청해 주세요.";

	private Editors() {
	}

	public static boolean mayEdit(Actor actor) {
		return actor.isDesk();
	}

	/** Refuses whoever does not write stories (moderators, readers): they get the plain 403. */
	public static void requireWriter(Actor actor) {
		if (!actor.canWrite()) {
			throw new AccessDeniedException("기사를 쓰는 직원만 쓸 수 있습니다.");
		}
	}

	static void requireEditor(Actor actor) {
		if (!mayEdit(actor)) {
			throw new AccessDeniedException(REFUSAL);
		}
	}
}

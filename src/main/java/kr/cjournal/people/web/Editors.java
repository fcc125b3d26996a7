package kr.cjournal.people.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in the directory. Every staff member may look and add a new person or
 * organisation (a reporter meets new names first); changing, removing and merging what others
 * rely on is for desk editors and admins.
 */
final class Editors {

	private Editors() {
	}

	static boolean mayEdit(HttpServletRequest request) {
		return request.isUserInRole("EDITOR") || request.isUserInRole("ADMIN");
	}

	static void requireEditor(HttpServletRequest request) {
		if (!mayEdit(request)) {
			throw new AccessDeniedException("Only desk editors and admins change the directory");
		}
	}
}

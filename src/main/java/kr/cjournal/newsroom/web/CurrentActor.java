package kr.cjournal.newsroom.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import kr.cjournal.newsroom.Actor;

/** The signed-in staff member as the newsroom sees them, read from the servlet request. */
final class CurrentActor {

	private static final List<String> ROLES = List.of("REPORTER", "EDITOR", "MODERATOR", "ADMIN");

	private CurrentActor() {
	}

	static Actor of(HttpServletRequest request) {
		Set<String> roles = new LinkedHashSet<>();
		for (String role : ROLES) {
			if (request.isUserInRole(role)) {
				roles.add(role);
			}
		}
		return new Actor(request.getRemoteUser(), roles);
	}
}

package kr.cjournal.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A request made by a signed-in staff member with the given roles (REPORTER, EDITOR, ...). */
public final class Staff {

	private Staff() {
	}

	public static RequestPostProcessor as(String username, String... roles) {
		return request -> {
			request.setRemoteUser(username);
			request.setUserPrincipal(() -> username);
			for (String role : roles) {
				request.addUserRole(role);
			}
			return request;
		};
	}
}

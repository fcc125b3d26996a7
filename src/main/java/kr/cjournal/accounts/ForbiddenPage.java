package kr.cjournal.accounts;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gg.jte.TemplateEngine;
import gg.jte.output.PrintWriterOutput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The Korean 403 page for people in a browser: signed in but not allowed, or a form sent without
 * a valid CSRF token (usually one left open past the session). A sign-in form that went stale
 * just goes back to the sign-in page. Staff get the newsroom's page; readers and strangers the
 * reader site's.
 */
class ForbiddenPage implements AccessDeniedHandler {

	private final TemplateEngine templates;

	private final StaffHeaders headers;

	ForbiddenPage(TemplateEngine templates, StaffHeaders headers) {
		this.templates = templates;
		this.headers = headers;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		boolean staleForm = denied instanceof CsrfException;
		if (staleForm && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		StaffHeader staff = headers.of(request);
		if (staff == null || staff.actor().roles().stream().noneMatch(StaffRules.STAFF_ROLES::contains)) {
			// Readers and strangers get the site's own 403 page (site/error, through /error), not the newsroom's.
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		String message = staleForm ? "페이지를 연 지 오래되어 요청을 확인할 수 없습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요."
				: "이 페이지를 볼 권한이 없습니다. 필요하면 관리자에게 역할을 요청해 주세요.";
		Map<String, Object> model = new HashMap<>();
		model.put("staff", staff);
		model.put("message", message);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("text/html;charset=UTF-8");
		templates.render("accounts/forbidden.jte", model, new PrintWriterOutput(response.getWriter()));
	}
}

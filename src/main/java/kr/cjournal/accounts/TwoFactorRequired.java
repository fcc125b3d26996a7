package kr.cjournal.accounts;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code cjournal.accounts.require-two-factor} on, an administrator or desk editor signed in
 * without two-factor sign-in is sent to turn it on: every other newsroom page redirects there, and
 * the session's API requests get 403. Requests with an API token are left alone.
 */
@Component
class TwoFactorRequired implements HandlerInterceptor, WebMvcConfigurer {

	static final String MESSAGE = "관리자와 데스크 계정은 2단계 인증을 켜야 뉴스룸을 쓸 수 있습니다.";

	private final AccountsSettings settings;

	private final TwoFactor twoFactor;

	private final JsonMapper json;

	TwoFactorRequired(AccountsSettings settings, TwoFactor twoFactor, JsonMapper json) {
		this.settings = settings;
		this.twoFactor = twoFactor;
		this.json = json;
	}

	/** The roles that must have two-factor sign-in when it is required. */
	static boolean applies(Set<Role> roles) {
		return roles.contains(Role.ADMIN) || roles.contains(Role.EDITOR);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/newsroom", "/newsroom/**", "/api/**")
			.excludePathPatterns(TwoFactorController.PATH, TwoFactorController.PATH + "/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
		if (!settings.requireTwoFactor()) {
			return true;
		}
		Authentication me = SecurityContextHolder.getContext().getAuthentication();
		if (me == null || !me.isAuthenticated() || me instanceof AnonymousAuthenticationToken
				|| me instanceof ApiTokenAuthentication || !applies(StaffUserDetails.roles(me.getAuthorities()))
				|| twoFactor.isOn(me.getName())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Map<String, String> body = new LinkedHashMap<>();
			body.put("error", "two_factor_required");
			body.put("message", MESSAGE);
			response.getWriter().write(json.writeValueAsString(body));
			return false;
		}
		response.sendRedirect(request.getContextPath() + TwoFactorController.PATH);
		return false;
	}
}

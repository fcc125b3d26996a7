package kr.cjournal.accounts;

import java.time.Clock;

import gg.jte.TemplateEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may open what, how people and programs sign in, and the security headers of every
 * response. Reader pages stay public and cacheable: no session, no {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The site has no inline scripts, styles or handlers; JSON-LD is a data block, not a script. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' https://t1.kakaocdn.net; "
			+ "style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'self'; form-action 'self'";

	/** The roles that open the newsroom, as Spring Security's {@code hasAnyRole} takes them. */
	private static final String[] STAFF = StaffRules.STAFF_ROLES.stream().map(Role::name).sorted().toArray(String[]::new);

	/** Pages that are about someone signed in and must never be kept by a browser or proxy. */
	private static final RequestMatcher PRIVATE_PAGES = request -> {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/newsroom") || path.startsWith("/newsroom/") || path.startsWith("/api/")
				|| path.startsWith("/actuator") || path.equals("/login") || path.startsWith("/login/") || path.equals("/logout")
				|| path.equals("/signup") || path.startsWith("/signup/") || path.equals("/account") || path.startsWith("/account/");
	};

	/** What anonymous readers fetch: pages, photos and assets, read-only. */
	private static final RequestMatcher READER_GETS = request -> {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// A story's comment area is about who is reading (their own comments, blocks, the form's CSRF token).
		if (path.startsWith("/article/") && path.contains("/comments")) {
			return false;
		}
		return path.equals("/") || path.startsWith("/section/") || path.startsWith("/article/")
				|| path.startsWith("/reporter/") || path.equals("/search") || path.equals("/search/suggest")
				|| path.startsWith("/people/") || path.startsWith("/company/")
				|| path.startsWith("/media/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/img/") || path.equals("/BP") || path.equals("/rss.xml")
				|| path.equals("/sitemap.xml") || path.startsWith("/sitemaps/") || path.equals("/news-sitemap.xml")
				|| path.equals("/robots.txt") || isOneArticleAsNinjs(path) || isReadApiList(path)
				|| isApiDescription(path);
	};

	/** {@code /api/v1/articles/{id}}: a published story as ninjs, for anyone (not its comments or drafts). */
	private static boolean isOneArticleAsNinjs(String path) {
		String prefix = "/api/v1/articles/";
		return path.startsWith(prefix) && path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0;
	}

	/** The read API's lists of published stories, sections, reporters and people: the same for anyone. */
	private static boolean isReadApiList(String path) {
		return path.equals("/api/v1/articles") || path.equals("/api/v1/sections") || path.equals("/api/v1/reporters")
				|| path.equals("/api/v1/people") || path.equals("/api/v1/search");
	}

	/** The API's OpenAPI description and its browsable UI (springdoc's pages and assets). */
	private static boolean isApiDescription(String path) {
		return path.equals("/api/v1/openapi.json") || path.startsWith("/api/v1/openapi.json/")
				|| path.equals("/api/v1/openapi.json.yaml") || path.equals("/api/v1/docs") || path.startsWith("/api/v1/docs/")
				|| path.startsWith("/api/v1/swagger-ui/");
	}

	/**
	 * Reader pages in a chain of their own: no session, no security context, no CSRF (they only
	 * read), just the headers. They carry the traffic of a breaking story, and comments or anything
	 * about a signed-in reader load separately, so nothing here needs to know who is reading.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain readerSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(READER_GETS)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.securityContext(context -> context.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.anonymous(anonymous -> anonymous.disable())
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, ApiTokens tokens, StaffHeaders staffHeaders,
			TemplateEngine templates, JsonMapper json, AccountsSettings settings, ObjectProvider<Clock> clocks)
			throws Exception {
		Clock clock = clocks.getIfUnique(Clock::systemUTC);
		ApiRefusals refusals = new ApiRefusals(json);
		ForbiddenPage forbidden = new ForbiddenPage(templates, staffHeaders);
		SignInOutcomes outcomes = new SignInOutcomes(clock);
		SignInFirst signInFirst = new SignInFirst();

		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers("/actuator", "/actuator/**").hasRole(Role.ADMIN.name())
			.requestMatchers("/newsroom/admin/**").hasRole(Role.ADMIN.name())
			.requestMatchers("/newsroom/**").hasAnyRole(STAFF)
			// The API is the staff's, but for what readers' pages read and who is signed in.
			.requestMatchers(HttpMethod.GET, "/api/v1/articles/*/comments").permitAll()
			.requestMatchers("/api/v1/me").authenticated()
			.requestMatchers("/api/v1/**").hasAnyRole(STAFF)
			.requestMatchers("/account/status").permitAll()
			.requestMatchers("/account", "/account/**").authenticated()
			// Reader pages, static assets, /media/**, /login and /error.
			.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login").successHandler(outcomes).failureHandler(outcomes).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(outcomes))
			// The page asked for goes to /login?next=..., not into a session (see SignInFirst).
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.csrf(csrf -> csrf.csrfTokenRepository(new RefusedRequestsStartNoSession())
				.ignoringRequestMatchers(BearerTokenFilter::carriesToken))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(refusals, ApiRefusals.PROGRAMS)
				.defaultAuthenticationEntryPointFor(signInFirst, AnyRequestMatcher.INSTANCE)
				.defaultAccessDeniedHandlerFor(refusals, ApiRefusals.PROGRAMS)
				.defaultAccessDeniedHandlerFor(forbidden, AnyRequestMatcher.INSTANCE))
			.headers(SecurityConfiguration::headers)
			.addFilterBefore(new AbsoluteSessionTimeout(settings.absoluteTimeout(), clock),
					SecurityContextHolderFilter.class)
			.addFilterAfter(new BearerTokenFilter(tokens, refusals), SecurityContextHolderFilter.class);
		return http.build();
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frames -> frames.sameOrigin())
			// Only private pages get no-store; reader pages and assets keep their own Cache-Control.
			.cacheControl(cache -> cache.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PRIVATE_PAGES, new CacheControlHeadersWriter()));
	}
}

package kr.cjournal.accounts;

import java.time.Clock;

import gg.jte.TemplateEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
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
@EnableMethodSecurity
class SecurityConfiguration {

	/** The site has no inline scripts, styles or handlers; JSON-LD is a data block, not a script. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' https://t1.kakaocdn.net; "
			+ "style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'self'; form-action 'self'";

	private static final String[] STAFF = { "REPORTER", "EDITOR", "MODERATOR", "ADMIN" };

	/** Pages that are about someone signed in and must never be kept by a browser or proxy. */
	private static final RequestMatcher PRIVATE_PAGES = request -> {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/newsroom") || path.startsWith("/newsroom/") || path.startsWith("/api/")
				|| path.startsWith("/actuator") || path.equals("/login") || path.equals("/logout");
	};

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, ApiTokens tokens, StaffHeaders staffHeaders,
			TemplateEngine templates, JsonMapper json, AccountsSettings settings, ObjectProvider<Clock> clocks)
			throws Exception {
		Clock clock = clocks.getIfUnique(Clock::systemUTC);
		ApiRefusals refusals = new ApiRefusals(json);
		ForbiddenPage forbidden = new ForbiddenPage(templates, staffHeaders);
		SignInOutcomes outcomes = new SignInOutcomes(clock);
		LoginUrlAuthenticationEntryPoint signInFirst = new LoginUrlAuthenticationEntryPoint("/login");
		signInFirst.setFavorRelativeUris(true);

		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers("/actuator", "/actuator/**").hasRole("ADMIN")
			.requestMatchers("/newsroom/admin/**").hasRole("ADMIN")
			.requestMatchers("/newsroom/**").hasAnyRole(STAFF)
			.requestMatchers("/api/v1/**").authenticated()
			// Reader pages, static assets, /media/**, /login and /error.
			.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login").successHandler(outcomes).failureHandler(outcomes).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(outcomes))
			.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::carriesToken))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(refusals, ApiRefusals.PROGRAMS)
				.defaultAuthenticationEntryPointFor(signInFirst, AnyRequestMatcher.INSTANCE)
				.defaultAccessDeniedHandlerFor(refusals, ApiRefusals.PROGRAMS)
				.defaultAccessDeniedHandlerFor(forbidden, AnyRequestMatcher.INSTANCE))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.sameOrigin())
				// Only private pages get no-store; reader pages and assets keep their own Cache-Control.
				.cacheControl(cache -> cache.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PRIVATE_PAGES, new CacheControlHeadersWriter())))
			.addFilterBefore(new AbsoluteSessionTimeout(settings.absoluteTimeout(), clock),
					SecurityContextHolderFilter.class)
			.addFilterAfter(new BearerTokenFilter(tokens, refusals), SecurityContextHolderFilter.class);
		return http.build();
	}
}

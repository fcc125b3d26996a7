package kr.cjournal.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What a personal API token may do, chosen when it is made. Each scope opens a short list of
 * endpoints, and nothing else is open to a token: staff administration, passwords, one's own
 * account and tokens, sign-in and sign-out and every HTML staff page stay closed whatever the
 * scopes, because a leaked token must never be enough to take an account over. Within an open
 * endpoint the owner's roles still decide, as for a signed-in person.
 */
public enum TokenScope {

	READ("read", "읽기", "내 정보, 인물·기관 찾기, 글 속 인물 찾기, 관리자의 지표",
			List.of(except(get("/api/v1/**"), get("/api/v1/drafts/**")), post("/api/v1/people/recognize"),
					get("/actuator/**"))),

	PEOPLE_WRITE("people:write", "인물 등록", "인물과 직함·다른 이름 추가",
			List.of(post("/api/v1/people"), post("/api/v1/people/{id}/positions"))),

	ARTICLES_WRITE("articles:write", "기사 쓰기", "초고 저장, 미리보기, 사진 올리기, 쓰기 API로 초고 만들기·읽기·고치기·데스크에 넘기기",
			List.of(post("/newsroom/articles/{id}/draft"), post("/newsroom/preview"), post("/newsroom/media"),
					post("/api/v1/drafts"), get("/api/v1/drafts/{id}"), put("/api/v1/drafts/{id}"),
					post("/api/v1/drafts/{id}/submit"))),

	/** Publishing through the write API; only the desk's roles let it do anything. */
	ARTICLES_PUBLISH("articles:publish", "기사 출고", "쓰기 API로 기사를 지금 출고하거나 예약 출고 (데스크)",
			List.of(post("/api/v1/drafts/{id}/publish"))),

	COMMENTS_SCREEN("comments:screen", "댓글 검사", "클린필터로 글에 욕설·비하가 있는지 검사 (운영자)",
			List.of(post("/api/v1/comments/screen")));

	private final String code;

	private final String label;

	private final String description;

	private final List<RequestMatcher> endpoints;

	TokenScope(String code, String label, String description, List<RequestMatcher> endpoints) {
		this.code = code;
		this.label = label;
		this.description = description;
		this.endpoints = endpoints;
	}

	/** How the scope is written in the database and in refusals, e.g. {@code people:write}. */
	public String code() {
		return code;
	}

	/** The scope's name on the tokens page, in Korean. */
	public String label() {
		return label;
	}

	/** What the scope lets a program do, in Korean. */
	public String description() {
		return description;
	}

	/** The scope a token needs for this request, or empty when no token may make it at all. */
	static Optional<TokenScope> neededFor(HttpServletRequest request) {
		return Arrays.stream(values()).filter(scope -> scope.endpoints.stream().anyMatch(e -> e.matches(request))).findFirst();
	}

	static Optional<TokenScope> ofCode(String code) {
		return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
	}

	static String format(Set<TokenScope> scopes) {
		return scopes.stream().sorted().map(TokenScope::code).collect(Collectors.joining(","));
	}

	/** Scopes as stored; codes this version does not know grant nothing. */
	static Set<TokenScope> parse(String codes) {
		Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
		Arrays.stream(codes.split(",")).map(String::strip).map(TokenScope::ofCode).flatMap(Optional::stream)
			.forEach(scopes::add);
		return scopes;
	}

	private static RequestMatcher get(String pattern) {
		RequestMatcher get = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern);
		RequestMatcher head = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.HEAD, pattern);
		return request -> get.matches(request) || head.matches(request);
	}

	private static RequestMatcher put(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, pattern);
	}

	/** What {@code matcher} matches but {@code left} does not. */
	private static RequestMatcher except(RequestMatcher matcher, RequestMatcher left) {
		return request -> matcher.matches(request) && !left.matches(request);
	}

	private static RequestMatcher post(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern);
	}
}

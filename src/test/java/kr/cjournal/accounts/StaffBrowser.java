package kr.cjournal.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A staff member's browser against the running server, over real HTTP: it keeps cookies, does
 * not follow redirects, and sends back the CSRF token of the last page that had one, as a form
 * on that page would. Its requests seem to come from its own client address (through
 * X-Forwarded-For, which the server honours when it trusts the loopback address as a proxy, as
 * {@link AccountsServerTest} does).
 */
final class StaffBrowser {

	/** Where a browser that is not signed in is sent from {@code /newsroom/account}. */
	static final String SIGN_IN_FOR_ACCOUNT = "/login?next=%2Fnewsroom%2Faccount";

	private final int port;

	private final String address;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private final Map<String, String> extraHeaders = new LinkedHashMap<>();

	private String csrfParameter;

	private String csrfToken;

	/** @param address a documentation address (203.0.113.x) standing for the client's own */
	StaffBrowser(int port, String address) {
		this.port = port;
		this.address = address;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Sends this header with every request from now on. */
	StaffBrowser header(String name, String value) {
		extraHeaders.put(name, value);
		return this;
	}

	HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(request(path).GET());
		rememberCsrf(response);
		return response;
	}

	/** Posts a form with the CSRF token of the last page seen. */
	HttpResponse<String> post(String path, Map<String, String> fields) {
		return post(path, pairs(fields));
	}

	/** Posts a form given as name, value, name, value ... (a name may repeat), with the CSRF token. */
	HttpResponse<String> post(String path, String... fields) {
		List<String> form = new ArrayList<>(List.of(fields));
		if (csrfParameter != null) {
			form.add(csrfParameter);
			form.add(csrfToken);
		}
		return postWithoutCsrf(path, form.toArray(String[]::new));
	}

	HttpResponse<String> postWithoutCsrf(String path, Map<String, String> fields) {
		return postWithoutCsrf(path, pairs(fields));
	}

	private HttpResponse<String> postWithoutCsrf(String path, String... fields) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			body.append(body.isEmpty() ? "" : "&").append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	private static String[] pairs(Map<String, String> fields) {
		return fields.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
	}

	/** Opens the sign-in page and sends its form; the response is the redirect that follows. */
	HttpResponse<String> signIn(String username, String password) {
		return signIn("/login", username, password);
	}

	/** Signs in on this sign-in page (e.g. {@code /login?next=...}), sending the form's hidden fields. */
	HttpResponse<String> signIn(String loginPage, String username, String password) {
		HttpResponse<String> page = get(loginPage);
		Element next = html(page).selectFirst("input[name=next]");
		HttpResponse<String> response = next == null ? post("/login", "username", username, "password", password)
				: post("/login", "username", username, "password", password, "next", next.attr("value"));
		csrfParameter = null;
		csrfToken = null;
		return response;
	}

	/** The value of the session cookie, or null. */
	String sessionId() {
		return cookies.getCookieStore()
			.get(URI.create(base()))
			.stream()
			.filter(c -> c.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Puts a session cookie back, as someone holding an old or stolen cookie would. */
	void useSessionId(String id) {
		cookies.getCookieStore().removeAll();
		HttpCookie cookie = new HttpCookie("SESSION", id);
		cookie.setPath("/");
		cookie.setVersion(0);
		cookies.getCookieStore().add(URI.create(base()), cookie);
	}

	static Document html(HttpResponse<String> response) {
		return Jsoup.parse(response.body(), "http://localhost/");
	}

	/** Where a redirect goes: its path and query, whether the server wrote it absolute or not. */
	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").map(URI::create).map(uri -> uri.getRawPath()
				+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())).orElse(null);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + path)).header("X-Forwarded-For", address);
		extraHeaders.forEach(builder::header);
		return builder;
	}

	private void rememberCsrf(HttpResponse<String> response) {
		if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
			return;
		}
		Document page = html(response);
		Element meta = page.selectFirst("meta[name=csrf-token]");
		Element input = page.selectFirst("input[name=_csrf]");
		if (meta != null) {
			csrfParameter = page.selectFirst("meta[name=csrf-parameter]").attr("content");
			csrfToken = meta.attr("content");
		}
		else if (input != null) {
			csrfParameter = "_csrf";
			csrfToken = input.attr("value");
		}
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}

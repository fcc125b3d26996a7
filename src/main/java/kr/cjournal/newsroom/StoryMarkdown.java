package kr.cjournal.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Turns a story's Markdown (CommonMark) into the body readers get, once, when it is saved.
 * Raw HTML in the Markdown is shown as text, never passed through; the result is sanitised once
 * more on top. A paragraph holding only {@code ![대체 텍스트](image:42 "캡션 | 크레딧")} becomes a
 * photo with its caption; images from elsewhere are not embedded. The first mention of each
 * person and organisation the {@link MentionLinker} knows links to their page.
 */
final class StoryMarkdown {

	private static final Pattern PHOTO = Pattern.compile("image:(\\d{1,18})");

	private static final Pattern ENTITY_PAGE = Pattern.compile("/(people|company)/\\d{1,18}");

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private StoryMarkdown() {
	}

	/** A photo as the story places it: which image, and the words the reporter gave it. */
	record PlacedPhoto(long imageId, String alt, String caption, String credit) {
	}

	/** The body HTML, its lead as plain text, and the photos it shows in order with their files. */
	record Rendered(String html, String summary, List<PlacedPhoto> photos, Map<Long, PhotoFiles.StoredPhoto> files) {
	}

	/** What the story is beyond its body, for telling whom it names: see {@link MentionLinker.Story}. */
	record Head(Long articleId, String headline, String subtitle, List<String> bylineNames) {
	}

	static Rendered render(String markdown, PhotoFiles files) {
		return render(markdown, files, null, MentionLinker.NONE);
	}

	/** Renders the body, linking the people and organisations it names when {@code head} is given. */
	static Rendered render(String markdown, PhotoFiles files, Head head, MentionLinker linker) {
		return renderLinked(markdown, files, head, linker).rendered();
	}

	/**
	 * A rendered body with the story the linker read and what it found, so that recording the
	 * mentions of a new story need not read it again (an archive import).
	 */
	record Linked(Rendered rendered, MentionLinker.Story story, MentionLinker.Links links) {
	}

	static Linked renderLinked(String markdown, PhotoFiles files, Head head, MentionLinker linker) {
		Node document = PARSER.parse(markdown == null ? "" : markdown);
		List<PlacedPhoto> placed = placedPhotos(document);
		MentionLinker.Story story = null;
		MentionLinker.Links links = null;
		if (head != null) {
			story = story(document, placed, head);
			links = linker.prepare(story);
			linkMentions(document, links);
		}
		Map<Long, PhotoFiles.StoredPhoto> stored = placed.isEmpty() ? Map.of()
				: files.find(placed.stream().map(PlacedPhoto::imageId).toList());
		List<PlacedPhoto> found = placed.stream().filter(p -> stored.containsKey(p.imageId())).toList();
		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.nodeRendererFactory(context -> new StoryNodes(context, stored))
			.attributeProviderFactory(context -> LINK_ATTRIBUTES)
			.build();
		String html = BodySanitizer.sanitize(renderer.render(document));
		return new Linked(new Rendered(html, StorySummary.of(document), found, stored), story, links);
	}

	/** The story's words as the mention linker reads them: body as plain text, photo captions apart. */
	static MentionLinker.Story story(String markdown, Head head) {
		Node document = PARSER.parse(markdown == null ? "" : markdown);
		return story(document, placedPhotos(document), head);
	}

	private static MentionLinker.Story story(Node document, List<PlacedPhoto> placed, Head head) {
		List<String> blocks = new ArrayList<>();
		TextContentRenderer text = TextContentRenderer.builder().build();
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			if (!(block instanceof Paragraph paragraph && isPhoto(paragraph))) {
				blocks.add(text.render(block).strip());
			}
		}
		List<String> captions = placed.stream().map(PlacedPhoto::caption).filter(c -> !c.isBlank()).toList();
		return new MentionLinker.Story(head.articleId(), head.headline(), head.subtitle(), captions,
				String.join("\n", blocks), head.bylineNames());
	}

	/** Our links to people and company pages carry a class, so pages can style them. */
	/**
	 * Links to our own person and company pages carry their class and are followed by search
	 * engines; links that leave the site get {@code rel="nofollow noopener"}.
	 */
	private static final AttributeProvider LINK_ATTRIBUTES = (node, tag, attributes) -> {
		if (node instanceof Link link) {
			String destination = link.getDestination();
			if (ENTITY_PAGE.matcher(destination).matches()) {
				attributes.put("class", destination.startsWith("/people/") ? "human_link" : "company_link");
			}
			if (!destination.startsWith("/") || destination.startsWith("//")) {
				attributes.put("rel", "nofollow noopener");
			}
		}
	};

	/** Splits text runs outside links, images and photos into text and links to the names' pages. */
	private static void linkMentions(Node document, MentionLinker.Links links) {
		List<Text> runs = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Paragraph paragraph) {
				if (!isPhoto(paragraph)) {
					visitChildren(paragraph);
				}
			}

			@Override
			public void visit(Link link) {
			}

			@Override
			public void visit(Image image) {
			}

			@Override
			public void visit(Text text) {
				runs.add(text);
			}
		});
		for (Text run : runs) {
			String literal = run.getLiteral();
			int done = 0;
			for (MentionLinker.Link found : links.in(literal)) {
				if (found.start() > done) {
					run.insertBefore(new Text(literal.substring(done, found.start())));
				}
				Link link = new Link(found.url(), null);
				link.appendChild(new Text(literal.substring(found.start(), found.end())));
				run.insertBefore(link);
				done = found.end();
			}
			if (done > 0) {
				run.setLiteral(literal.substring(done));
				if (done == literal.length()) {
					run.unlink();
				}
			}
		}
	}

	private static List<PlacedPhoto> placedPhotos(Node document) {
		Map<Long, PlacedPhoto> photos = new LinkedHashMap<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Paragraph paragraph) {
				if (isPhoto(paragraph)) {
					Image image = (Image) paragraph.getFirstChild();
					PlacedPhoto photo = placed(image);
					photos.putIfAbsent(photo.imageId(), photo);
				}
				else {
					visitChildren(paragraph);
				}
			}
		});
		return new ArrayList<>(photos.values());
	}

	static boolean isPhoto(Paragraph paragraph) {
		Node child = paragraph.getFirstChild();
		return child instanceof Image image && child.getNext() == null
				&& PHOTO.matcher(image.getDestination()).matches();
	}

	private static PlacedPhoto placed(Image image) {
		Matcher id = PHOTO.matcher(image.getDestination());
		id.matches();
		String alt = altText(image);
		String title = image.getTitle() == null ? "" : image.getTitle();
		int bar = title.lastIndexOf('|');
		String caption = (bar < 0 ? title : title.substring(0, bar)).strip();
		String credit = bar < 0 ? null : title.substring(bar + 1).strip();
		return new PlacedPhoto(Long.parseLong(id.group(1)), alt, caption,
				credit == null || credit.isEmpty() ? null : credit);
	}

	/** What an image's description says, without its address or title. */
	private static String altText(Image image) {
		StringBuilder text = new StringBuilder();
		image.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}
		});
		return text.toString().strip();
	}

	/**
	 * Photo paragraphs become figures; headings start at h2 (the headline is the page's h1);
	 * inline or foreign images show their alternative text only.
	 */
	private static final class StoryNodes implements NodeRenderer {

		private final HtmlNodeRendererContext context;

		private final HtmlWriter html;

		private final Map<Long, PhotoFiles.StoredPhoto> stored;

		private boolean firstPhoto = true;

		StoryNodes(HtmlNodeRendererContext context, Map<Long, PhotoFiles.StoredPhoto> stored) {
			this.context = context;
			this.html = context.getWriter();
			this.stored = stored;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Paragraph.class, Heading.class, Image.class);
		}

		@Override
		public void render(Node node) {
			if (node instanceof Paragraph paragraph) {
				paragraph(paragraph);
			}
			else if (node instanceof Heading heading) {
				String tag = "h" + Math.min(4, Math.max(2, heading.getLevel() + 1));
				html.line();
				html.tag(tag);
				children(heading);
				html.tag("/" + tag);
				html.line();
			}
			else {
				html.text(altText((Image) node));
			}
		}

		private void paragraph(Paragraph paragraph) {
			if (isPhoto(paragraph)) {
				PlacedPhoto photo = placed((Image) paragraph.getFirstChild());
				PhotoFiles.StoredPhoto file = stored.get(photo.imageId());
				if (file != null) {
					figure(photo, file);
				}
				return;
			}
			boolean tight = paragraph.getParent() != null && paragraph.getParent().getParent() instanceof ListBlock list
					&& list.isTight();
			if (!tight) {
				html.line();
				html.tag("p");
			}
			children(paragraph);
			if (!tight) {
				html.tag("/p");
				html.line();
			}
		}

		private void figure(PlacedPhoto photo, PhotoFiles.StoredPhoto file) {
			Map<String, String> img = new LinkedHashMap<>();
			img.put("src", file.url());
			if (file.srcset() != null && !file.srcset().isBlank()) {
				img.put("srcset", file.srcset());
				img.put("sizes", "(max-width: 800px) 100vw, 760px");
			}
			img.put("width", String.valueOf(file.width()));
			img.put("height", String.valueOf(file.height()));
			img.put("alt", photo.alt().isEmpty() ? photo.caption() : photo.alt());
			if (firstPhoto) {
				img.put("fetchpriority", "high");
			}
			else {
				img.put("loading", "lazy");
				img.put("decoding", "async");
			}
			firstPhoto = false;
			html.line();
			html.tag("figure", Map.of("class", "photo"));
			html.tag("img", img, true);
			html.tag("figcaption");
			html.text(photo.caption());
			if (photo.credit() != null) {
				html.text(" ");
				html.tag("span", Map.of("class", "credit"));
				html.text(photo.credit());
				html.tag("/span");
			}
			html.tag("/figcaption");
			html.tag("/figure");
			html.line();
		}

		private void children(Node parent) {
			Node child = parent.getFirstChild();
			while (child != null) {
				Node next = child.getNext();
				context.render(child);
				child = next;
			}
		}
	}
}

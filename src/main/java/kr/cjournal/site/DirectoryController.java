package kr.cjournal.site;

import java.net.URI;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import kr.cjournal.core.PageNumber;
import kr.cjournal.people.Directory;

/** Person and company pages, built by {@link DirectoryPages}; a merged duplicate's page answers 301. */
@Controller
class DirectoryController {

	private final DirectoryPages directoryPages;

	private final RenderedPages pages;

	private final Directory directory;

	DirectoryController(DirectoryPages directoryPages, RenderedPages pages, Directory directory) {
		this.directoryPages = directoryPages;
		this.pages = pages;
		this.directory = directory;
	}

	@GetMapping("/people/{id}")
	ResponseEntity<byte[]> person(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
			WebRequest request) {
		return respond("person", "/people/", id, page, () -> directoryPages.person(id, page),
				directory::personMergedInto, request);
	}

	@GetMapping("/company/{id}")
	ResponseEntity<byte[]> company(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
			WebRequest request) {
		return respond("company", "/company/", id, page, () -> directoryPages.company(id, page),
				directory::organizationMergedInto, request);
	}

	/**
	 * The page of template {@code site/{kind}-page}, cached as {@code {kind}:{id}:{page}}; 301 to
	 * the survivor when the entry was merged away, else 404 when there is no such page.
	 */
	private ResponseEntity<byte[]> respond(String kind, String path, long id, int page, Supplier<Object> build,
			LongFunction<Optional<Long>> mergedInto, WebRequest request) {
		PageNumber.check(page);
		RenderedPages.Rendered rendered = pages.get(kind + ":" + id + ":" + page, "site/" + kind + "-page", build);
		if (rendered == null) {
			// Links baked into published stories still point at a duplicate merged away.
			return mergedInto.apply(id)
				.filter(survivor -> page == 1)
				.map(survivor -> moved(path + survivor))
				.orElseThrow(() -> new NotFound(kind + " " + id + " page " + page));
		}
		return pages.respond(rendered, request);
	}

	private static ResponseEntity<byte[]> moved(String location) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(location)).build();
	}
}

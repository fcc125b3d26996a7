package kr.cjournal.site;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.cjournal.newsroom.ArchiveSources;

/**
 * Links from the paper's previous system ({@code /BP?command=article_view&num=425744}) keep
 * working: an imported story keeps its number as its id where it was free, else the import
 * remembers which story the number became; either way the answer is a permanent redirect.
 */
@RestController
class LegacyLinks {

	private final ArchiveSources sources;

	LegacyLinks(ArchiveSources sources) {
		this.sources = sources;
	}

	@GetMapping("/BP")
	ResponseEntity<Void> legacy(@RequestParam(required = false) String command,
			@RequestParam(required = false) String num) {
		if (!"article_view".equals(command) || num == null || !num.matches("[0-9]{1,18}")) {
			throw new NotFound("legacy link " + command + " " + num);
		}
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create("/article/" + sources.legacyArticle(Long.parseLong(num)).orElseThrow()))
			.build();
	}
}

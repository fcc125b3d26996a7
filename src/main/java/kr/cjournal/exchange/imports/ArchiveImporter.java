package kr.cjournal.exchange.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.core.Refusal;
import kr.cjournal.media.ImageRejected;
import kr.cjournal.media.Images;
import kr.cjournal.newsroom.ArchiveImport;
import kr.cjournal.newsroom.ArchivedStory;
import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.Reporter;
import kr.cjournal.newsroom.Section;
import kr.cjournal.people.DirectoryImport;

/**
 * Imports what a {@link RecordReader} reads, a batch at a time: records already imported (by
 * source key) are skipped before anything is done for them; for the rest, sections and
 * reporters are matched or made, the people and organisations they name are matched or added to
 * the directory (once per batch), their pictures stored, and the batch handed to the
 * newsroom's {@link ArchiveImport}, which writes it as one transaction. Bad records are passed
 * to the caller with their line, field and reason, and the import goes on.
 */
@Component
public class ArchiveImporter {

	/** Stories handed to the newsroom at once: one transaction, one batch of each table's rows. */
	public static final int BATCH = 1000;

	private static final long MAX_IMAGE_BYTES = 20L << 20;

	static final Actor IMPORT = new Actor("import", Set.of(Role.EDITOR));

	private static final Pattern IMPORT_IMAGE = Pattern.compile("\\(import:(\\d{1,4})([ )])");

	private final ArchiveImport archive;

	private final DirectoryImport directory;

	private final Images images;

	/** Pictures stored in this run by file, so one used twice is stored once. */
	private final Map<java.nio.file.Path, Long> storedImages = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<java.nio.file.Path, Long> eldest) {
			return size() > 10_000;
		}
	};

	private final Map<String, Long> peopleByName = new HashMap<>();

	private final Map<String, Long> organizationsByName = new HashMap<>();

	ArchiveImporter(ArchiveImport archive, DirectoryImport directory, Images images) {
		this.archive = archive;
		this.directory = directory;
		this.images = images;
	}

	/** Counts of one run. */
	public static final class Tally {

		long read;

		long stored;

		long existed;

		long refused;

		long problems;

		public long read() {
			return read;
		}

		public long stored() {
			return stored;
		}

		public long existed() {
			return existed;
		}

		public long refused() {
			return refused;
		}

		/** Parts dropped from stories that were imported (an image not found, a tag too long). */
		public long problems() {
			return problems;
		}
	}

	/** Something to tell the person running the import: a refused record or a dropped part. */
	public record Report(long line, String sourceKey, String field, String reason, boolean refused) {
	}

	/**
	 * Reads everything {@code reader} has and imports it; {@code reports} hears of each bad record
	 * and dropped part, {@code progress} after each batch.
	 */
	public synchronized Tally run(RecordReader reader, Consumer<Report> reports, Consumer<Tally> progress) throws IOException {
		Tally tally = new Tally();
		archive.startRun();
		storedImages.clear();
		peopleByName.clear();
		organizationsByName.clear();
		List<ImportRecord> pending = new ArrayList<>(BATCH);
		// While one batch renders on the other cores, the one before it is written.
		InFlight previous = null;
		long batches = 0;
		ImportItem item;
		while ((item = reader.next()) != null) {
			tally.read++;
			if (item instanceof BadRecord bad) {
				tally.refused++;
				reports.accept(new Report(bad.line(), bad.sourceKey(), bad.field(), bad.reason(), true));
				continue;
			}
			pending.add((ImportRecord) item);
			if (pending.size() == BATCH) {
				InFlight next = begin(pending, tally, reports);
				pending = new ArrayList<>(BATCH);
				finish(previous, tally, reports);
				if (previous != null && Long.bitCount(++batches) == 1) {
					// After batches 1, 2, 4, 8 ...: the database's statistics keep up with tables growing from empty.
					archive.refreshStatistics();
					directory.refreshStatistics();
				}
				progress.accept(tally);
				previous = next;
			}
		}
		InFlight last = pending.isEmpty() ? null : begin(pending, tally, reports);
		finish(previous, tally, reports);
		finish(last, tally, reports);
		progress.accept(tally);
		return tally;
	}

	/** A batch handed to the newsroom, rendering: its records in the order of the stories. */
	private record InFlight(List<ImportRecord> records, ArchiveImport.Batch batch) {
	}

	private void finish(InFlight flight, Tally tally, Consumer<Report> reports) {
		if (flight == null) {
			return;
		}
		List<ArchiveImport.Outcome> outcomes = archive.store(flight.batch());
		for (int i = 0; i < outcomes.size(); i++) {
			ArchiveImport.Outcome outcome = outcomes.get(i);
			ImportRecord record = flight.records().get(i);
			if (outcome.refusal() != null) {
				tally.refused++;
				reports.accept(new Report(record.line(), record.sourceKey(), field(outcome.refusal().field()),
						outcome.refusal().getMessage(), true));
			}
			else if (outcome.existed()) {
				tally.existed++;
			}
			else {
				tally.stored++;
				for (ImportRecord.Problem problem : record.problems()) {
					tally.problems++;
					reports.accept(new Report(record.line(), record.sourceKey(), problem.field(), problem.reason(), false));
				}
			}
		}
	}

	private InFlight begin(List<ImportRecord> records, Tally tally, Consumer<Report> reports) {
		// What an earlier run imported is skipped first: an interrupted import resumes quickly.
		Map<String, Set<String>> keysBySource = new HashMap<>();
		records.forEach(r -> keysBySource.computeIfAbsent(r.source(), s -> new LinkedHashSet<>()).add(r.sourceKey()));
		Map<String, Map<String, Long>> known = new HashMap<>();
		keysBySource.forEach((source, keys) -> known.put(source, archive.imported(source, keys)));
		List<ImportRecord> fresh = new ArrayList<>();
		for (ImportRecord record : records) {
			if (known.get(record.source()).containsKey(record.sourceKey())) {
				tally.existed++;
			}
			else {
				fresh.add(record);
			}
		}
		if (fresh.isEmpty()) {
			return null;
		}
		linkDirectory(fresh);
		List<ImportRecord> kept = new ArrayList<>();
		List<ArchivedStory> stories = new ArrayList<>();
		for (ImportRecord record : fresh) {
			try {
				stories.add(story(record, reports, tally));
				kept.add(record);
			}
			catch (Refusal refusal) {
				tally.refused++;
				reports.accept(new Report(record.line(), record.sourceKey(), refusal.field(), refusal.getMessage(), true));
			}
		}
		return new InFlight(kept, archive.prepare(IMPORT, stories));
	}

	/** The newsroom's field names as the import files call them. */
	private static String field(String newsroomField) {
		if (newsroomField == null) {
			return null;
		}
		return switch (newsroomField) {
			case "headline" -> "title";
			case "body" -> "body";
			case "reporterIds" -> "reporter_name";
			case "sectionId" -> "section";
			default -> newsroomField;
		};
	}

	/** Makes sure every person and organisation the batch names is in the directory, in one call each. */
	private void linkDirectory(List<ImportRecord> records) {
		Set<String> people = new LinkedHashSet<>();
		Set<String> organizations = new LinkedHashSet<>();
		for (ImportRecord record : records) {
			for (ImportRecord.Named named : record.people()) {
				String name = named.name() == null ? "" : named.name().strip();
				if (named.kind() == ImportRecord.Named.Kind.PERSON) {
					if (!peopleByName.containsKey(name)) {
						people.add(name);
					}
				}
				else if (!organizationsByName.containsKey(name)) {
					organizations.add(name);
				}
			}
		}
		if (!people.isEmpty()) {
			peopleByName.putAll(directory.people(people));
			people.forEach(name -> peopleByName.putIfAbsent(name, -1L));
		}
		if (!organizations.isEmpty()) {
			organizationsByName.putAll(directory.organizations(organizations));
			organizations.forEach(name -> organizationsByName.putIfAbsent(name, -1L));
		}
	}

	private ArchivedStory story(ImportRecord record, Consumer<Report> reports, Tally tally) {
		Section section = archive.section(IMPORT, record.section(), record.subsection());
		List<Long> bylines = new ArrayList<>();
		for (ImportRecord.Byline byline : record.bylines()) {
			Reporter reporter = archive.reporter(byline.name(), byline.email());
			if (!bylines.contains(reporter.id())) {
				bylines.add(reporter.id());
			}
		}
		String body = withImages(record, reports, tally);
		Draft draft = new Draft(section.id(), record.headline(), record.subtitle(), body, bylines, record.tags());
		return new ArchivedStory(record.source(), record.sourceKey(), record.preferredId(), draft, record.publishedAt(),
				record.updatedAt(), record.oldPaths());
	}

	/** Stores the record's pictures and points its body at them; a picture that fails is dropped and reported. */
	private String withImages(ImportRecord record, Consumer<Report> reports, Tally tally) {
		if (record.images().isEmpty()) {
			return record.bodyMarkdown();
		}
		Matcher matcher = IMPORT_IMAGE.matcher(record.bodyMarkdown());
		StringBuilder body = new StringBuilder();
		while (matcher.find()) {
			int index = Integer.parseInt(matcher.group(1));
			Long id = index < record.images().size() ? store(record, record.images().get(index), reports, tally) : null;
			matcher.appendReplacement(body, id == null ? "(missing:" + index + matcher.group(2)
					: "(image:" + id + Matcher.quoteReplacement(matcher.group(2)));
		}
		matcher.appendTail(body);
		// A picture that could not be stored leaves no empty figure: its paragraph goes.
		return body.toString().replaceAll("(?m)^!\\[[^\\]\\n]*\\]\\(missing:\\d+[^\\n]*\\)\\n*", "").strip();
	}

	private Long store(ImportRecord record, ImportImage image, Consumer<Report> reports, Tally tally) {
		Long known = storedImages.get(image.file());
		if (known != null) {
			return known;
		}
		try {
			if (Files.size(image.file()) > MAX_IMAGE_BYTES) {
				tally.problems++;
				reports.accept(new Report(record.line(), record.sourceKey(), "image",
						"사진 파일이 20MB를 넘어 넣지 않았습니다: " + image.file().getFileName(), false));
				return null;
			}
			long id = images.upload(Files.readAllBytes(image.file()), IMPORT.username()).id();
			storedImages.put(image.file(), id);
			return id;
		}
		catch (IOException | ImageRejected e) {
			tally.problems++;
			reports.accept(new Report(record.line(), record.sourceKey(), "image",
					"사진을 넣지 못했습니다 (" + image.file().getFileName() + "): "
							+ (e instanceof ImageRejected ? e.getMessage() : "파일을 읽을 수 없습니다."),
					false));
			return null;
		}
	}
}

package kr.cjournal.search.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search engine's directory: index folders {@code index-<n>}, the pointer file {@code live}
 * naming the one in use (replaced atomically), and {@code corrupt-index-<n>} for one set aside.
 */
final class IndexFolder {

	private static final Logger log = LoggerFactory.getLogger(IndexFolder.class);

	static final String POINTER = "live";

	static final String PREFIX = "index-";

	static final String SEQ = "seq";

	private final Path root;

	private final Analyzer analyzer;

	private final AtomicInteger lastNumber;

	IndexFolder(Path root, Analyzer analyzer) throws IOException {
		this.root = root;
		this.analyzer = analyzer;
		this.lastNumber = new AtomicInteger(highestNumber(root));
	}

	/** A name no folder has had yet. */
	String nextName() {
		return PREFIX + lastNumber.incrementAndGet();
	}

	Live open(String name, OpenMode mode) throws IOException {
		return open(name, mode, analyzer);
	}

	/** An index written with another analyser than the live one's (a reindex with new words). */
	Live open(String name, OpenMode mode, Analyzer analyzer) throws IOException {
		FSDirectory directory = FSDirectory.open(root.resolve(name));
		IndexWriter writer = null;
		try {
			IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode)
				.setCommitOnClose(false)
				.setRAMBufferSizeMB(64);
			writer = new IndexWriter(directory, config);
			return new Live(name, writer, new SearcherManager(writer, null));
		}
		catch (IOException | RuntimeException ex) {
			if (writer != null) {
				writer.rollback();
			}
			directory.close();
			throw ex;
		}
	}

	static long seqOf(IndexWriter writer) {
		Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> entry : data) {
				if (SEQ.equals(entry.getKey())) {
					return Long.parseLong(entry.getValue());
				}
			}
		}
		return 0;
	}

	String readPointer() throws IOException {
		Path pointer = root.resolve(POINTER);
		if (!Files.exists(pointer)) {
			return null;
		}
		String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
		return name.matches(PREFIX + "\\d+") ? name : null;
	}

	void writePointer(String name) throws IOException {
		Path temp = root.resolve(POINTER + ".tmp");
		Files.writeString(temp, name, StandardCharsets.UTF_8);
		try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		try {
			Files.move(temp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, root.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static int highestNumber(Path root) throws IOException {
		try (Stream<Path> entries = Files.list(root)) {
			return entries.map(p -> p.getFileName().toString())
				.map(n -> n.startsWith("corrupt-") ? n.substring("corrupt-".length()) : n)
				.filter(n -> n.matches(PREFIX + "\\d+"))
				.mapToInt(n -> Integer.parseInt(n.substring(PREFIX.length())))
				.max()
				.orElse(0);
		}
	}

	/** Folders of builds a crash interrupted (never swapped in) go when the engine opens. */
	void deleteOthersThan(String live) throws IOException {
		try (Stream<Path> entries = Files.list(root)) {
			for (Path path : entries.toList()) {
				String name = path.getFileName().toString();
				if (name.matches(PREFIX + "\\d+") && !name.equals(live)) {
					log.info("Deleting the search index folder {} left by an unfinished build", path);
					delete(name);
				}
			}
		}
	}

	void delete(String name) {
		Path dir = root.resolve(name);
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			log.warn("Could not delete the search index folder {}", dir, ex);
		}
	}

	/** An index directory with its writer and the searchers over it. */
	record Live(String name, IndexWriter writer, SearcherManager manager) {

		void close() {
			try {
				manager.close();
				writer.rollback(); // nothing uncommitted survives: the index holds what apply() committed
				writer.getDirectory().close();
			}
			catch (IOException ex) {
				log.warn("Could not close the search index {} cleanly", name, ex);
			}
		}
	}
}

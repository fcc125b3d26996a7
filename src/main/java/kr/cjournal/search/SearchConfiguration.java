package kr.cjournal.search;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.cjournal.search.lucene.LuceneSearchEngine;
import kr.cjournal.search.lucene.Vocabulary;

/**
 * This node's search engine: a Lucene index under {@code ${cjournal.data-dir}/search}, its
 * analyser knowing the built-in business names, the admins' words and the directory's names.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchConfiguration.class);

	@Bean(destroyMethod = "close")
	LuceneSearchEngine searchEngine(@Value("${cjournal.data-dir}") Path dataDir, SearchWords words) {
		Path directory = dataDir.resolve("search");
		SearchWords.Words current = words.current();
		try {
			return new LuceneSearchEngine(directory, Vocabulary.withDefaults(current.dictionary(), current.synonyms()));
		}
		catch (IllegalArgumentException refused) {
			// A word Nori cannot take must not keep the site from starting: the built-in words until an admin fixes it.
			log.error("Search words refused by the analyser ({}); searching with the built-in words only", refused.getMessage());
			return new LuceneSearchEngine(directory, Vocabulary.defaults());
		}
	}
}

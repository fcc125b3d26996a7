package kr.cjournal.demo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import kr.cjournal.accounts.ReaderSignUp;
import kr.cjournal.comments.CommentArchive;
import kr.cjournal.media.Images;
import kr.cjournal.newsroom.ArchiveRelink;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.Reporters;
import kr.cjournal.newsroom.Sections;
import kr.cjournal.people.Directory;

/**
 * The demo's only entry: with {@code cjournal.demo=false} this configuration is skipped, so no
 * demo bean exists and no demo code runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cjournal.demo", havingValue = "true", matchIfMissing = true)
class DemoConfiguration {

	@Bean
	DemoNewsroom demoNewsroom(Sections sections, Reporters reporters, Desk desk, Images images,
			TransactionTemplate transaction) {
		return new DemoNewsroom(sections, reporters, desk, images, transaction);
	}

	@Bean
	DemoComments demoComments(ReaderSignUp signUp, CommentArchive archive, TransactionTemplate transaction) {
		return new DemoComments(signUp, archive, transaction);
	}

	@Bean
	DemoDirectory demoDirectory(Directory directory, TransactionTemplate transaction, ArchiveRelink relink) {
		return new DemoDirectory(directory, transaction, relink);
	}

	/**
	 * Loads the demo once every bean is ready and before the web server opens, so no reader sees
	 * a half-loaded paper: the stories first, then their cast, which links the stories to it, then the readers' comments.
	 */
	@Bean
	SmartInitializingSingleton demoLoading(DemoNewsroom newsroom, DemoDirectory directory, DemoComments comments) {
		return () -> {
			newsroom.loadIntoEmptyNewsroom();
			directory.loadIntoEmptyDirectory();
			comments.loadUnder(newsroom.loaded());
		};
	}
}

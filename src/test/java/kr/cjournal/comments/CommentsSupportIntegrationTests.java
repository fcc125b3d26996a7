package kr.cjournal.comments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.cjournal.accounts.Mailbox;
import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Readers;
import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.TestMail;
import kr.cjournal.support.TestReaders;
import kr.cjournal.support.TestStories;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared set-up of the comments tests does what they rely on. */
@CommentsAppTest
class CommentsSupportIntegrationTests {

	@Autowired
	TestReaders testReaders;

	@Autowired
	TestStories stories;

	@Autowired
	Readers readers;

	@Autowired
	Mailbox mailbox;

	@Test
	void readersStoriesAndMailWork() {
		Reader reader = testReaders.create("독자");
		assertThat(readers.byNickname(reader.nickname())).contains(reader);
		assertThat(readers.byUsername(reader.email().toUpperCase())).contains(reader);
		assertThat(reader.confirmed()).isTrue();
		assertThat(stories.publish("시험 기사 하나")).isNotEqualTo(stories.publish("시험 기사 둘"));
		assertThat(mailbox.send(reader.email(), "안녕하세요", "메일 본문입니다.")).isTrue();
		TestMail.Mail mail = TestMail.latestTo(reader.email());
		assertThat(mail.subject()).isEqualTo("안녕하세요");
		assertThat(mail.body()).contains("메일 본문입니다.");
	}
}

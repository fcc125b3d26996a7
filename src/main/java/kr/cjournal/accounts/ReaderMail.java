package kr.cjournal.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The Korean mails readers (and staff, for a reset) get, with the links they follow. */
@Component
class ReaderMail {

	private final Mailbox mailbox;

	private final String siteName;

	private final String baseUrl;

	ReaderMail(Mailbox mailbox, @Value("${cjournal.site.name:씨저널}") String siteName,
			@Value("${cjournal.site.base-url:}") String baseUrl) {
		this.mailbox = mailbox;
		this.siteName = siteName;
		this.baseUrl = baseUrl.replaceFirst("/+$", "");
	}

	boolean confirmation(String to, String nickname, String token, long hours) {
		return mailbox.send(to, "[" + siteName + "] 이메일 주소를 확인해 주세요", """
				%s님, %s에 가입해 주셔서 고맙습니다.

				아래 링크를 열어 이메일 주소를 확인해 주세요. 확인을 마치면 기사에 댓글을 쓸 수 있습니다.
				%s/signup/confirm?token=%s

				링크는 %d시간 동안 한 번만 쓸 수 있습니다. 직접 가입하지 않으셨다면 이 메일을 지워 주세요.

				%s %s
				""".formatted(nickname, siteName, baseUrl, token, hours, siteName, baseUrl));
	}

	boolean reset(String to, String name, String token, long minutes) {
		return mailbox.send(to, "[" + siteName + "] 비밀번호 재설정 안내", """
				%s님, 비밀번호를 새로 정하려면 아래 링크를 열어 주세요.
				%s/login/reset/confirm?token=%s

				링크는 %s 동안 한 번만 쓸 수 있고, 이보다 먼저 받은 재설정 링크는 더는 쓸 수 없습니다.
				비밀번호 재설정을 요청하지 않으셨다면 이 메일을 지워 주세요. 비밀번호는 바뀌지 않습니다.

				%s %s
				""".formatted(name, baseUrl, token, minutes % 60 == 0 ? (minutes / 60) + "시간" : minutes + "분", siteName,
				baseUrl));
	}
}

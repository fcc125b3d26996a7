package kr.cjournal.comments.filter;

import java.util.Optional;

import org.springframework.stereotype.Component;

import kr.cjournal.accounts.NicknameCheck;

/** No reader may call themselves something the abuse filter finds abusive. */
@Component
class NicknameFilter implements NicknameCheck {

	static final String PROBLEM = "욕설이나 비하하는 말이 들어간 별명은 쓸 수 없습니다.";

	private final CleanFilter filter;

	NicknameFilter(CleanFilter filter) {
		this.filter = filter;
	}

	@Override
	public Optional<String> problem(String nickname) {
		return filter.screen(nickname).abusive() ? Optional.of(PROBLEM) : Optional.empty();
	}
}

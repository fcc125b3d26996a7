package kr.cjournal.people.recognition;

import java.util.List;

import kr.cjournal.people.OrganizationKind;

/** What kind of organisation a new name is, guessed from how it ends: 그룹, public bodies, else a company. */
final class OrganizationKinds {

	private static final List<String> PUBLIC_ENDINGS = List.of("위원회", "부", "청", "처", "감독원", "거래소", "공사", "공단",
			"법원", "국회", "대통령실", "청와대", "정부", "중앙은행", "한국은행", "연방준비제도", "시청", "도청", "구청");

	private OrganizationKinds() {
	}

	static OrganizationKind guess(String name) {
		String word = Lexicon.organizationName(name).strip();
		if (word.endsWith("그룹")) {
			return OrganizationKind.GROUP;
		}
		for (String ending : PUBLIC_ENDINGS) {
			if (word.endsWith(ending) && (ending.length() > 1 || word.length() >= 3)) {
				return OrganizationKind.PUBLIC_BODY;
			}
		}
		return OrganizationKind.COMPANY;
	}
}

package kr.cjournal.people.web;

import java.util.LinkedHashMap;
import java.util.Map;

import kr.cjournal.core.Kst;
import kr.cjournal.people.Person;

/** What staff type about a person: all text, so that nothing typed is lost when it is wrong. */
public record PersonForm(String name, String hanja, String englishName, String birthYear, String profile,
		String photoImageId) {

	static PersonForm blank() {
		return new PersonForm("", "", "", "", "", "");
	}

	static PersonForm of(Person person, Long photo) {
		return new PersonForm(person.name(), orEmpty(person.hanja()), orEmpty(person.englishName()),
				person.birthYear() == null ? "" : person.birthYear().toString(), orEmpty(person.profile()),
				photo == null ? "" : photo.toString());
	}

	/** Field name to Korean message; empty when all is well. */
	Map<String, String> problems(int thisYear) {
		Map<String, String> problems = new LinkedHashMap<>();
		Fields.required(problems, "name", "이름", name, 40);
		Fields.optional(problems, "hanja", "한자 이름", hanja, 40);
		Fields.optional(problems, "englishName", "영문 이름", englishName, 100);
		String year = Fields.clean(birthYear);
		if (year != null && (!year.matches("\\d{4}") || Integer.parseInt(year) < 1900
				|| Integer.parseInt(year) > thisYear)) {
			problems.put("birthYear", "출생 연도는 1900~" + thisYear + " 사이의 네 자리 숫자로 적어 주세요.");
		}
		Fields.optional(problems, "profile", "약력", profile, 2000);
		if (!Fields.isId(photoImageId)) {
			problems.put("photoImageId", "사진 번호는 숫자로 적어 주세요.");
		}
		return problems;
	}

	Long photo() {
		return Fields.id(photoImageId);
	}

	Integer year() {
		String year = Fields.clean(birthYear);
		return year == null ? null : Integer.valueOf(year);
	}

	static int thisYear(java.time.Clock clock) {
		return clock.instant().atZone(kr.cjournal.core.Kst.ZONE).getYear();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}

package kr.cjournal.people.web;

import java.time.Clock;

import kr.cjournal.core.FieldErrors;
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

	/** What is wrong with it; empty when all is well. */
	FieldErrors problems(int thisYear) {
		FieldErrors problems = new FieldErrors();
		problems.required("name", "이름", name, 40);
		problems.optional("hanja", "한자 이름", hanja, 40);
		problems.optional("englishName", "영문 이름", englishName, 100);
		String year = FieldErrors.clean(birthYear);
		if (year != null && (!year.matches("\\d{4}") || Integer.parseInt(year) < 1900
				|| Integer.parseInt(year) > thisYear)) {
			problems.add("birthYear", "출생 연도는 1900~" + thisYear + " 사이의 네 자리 숫자로 적어 주세요.");
		}
		problems.optional("profile", "약력", profile, 2000);
		if (!FieldErrors.isId(photoImageId)) {
			problems.add("photoImageId", "사진 번호는 숫자로 적어 주세요.");
		}
		return problems;
	}

	Long photo() {
		return FieldErrors.id(photoImageId);
	}

	Integer year() {
		String year = FieldErrors.clean(birthYear);
		return year == null ? null : Integer.valueOf(year);
	}

	static int thisYear(Clock clock) {
		return clock.instant().atZone(Kst.ZONE).getYear();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}

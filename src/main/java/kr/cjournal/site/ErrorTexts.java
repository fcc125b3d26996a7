package kr.cjournal.site;

/** The Korean words of error pages, by HTTP status. */
final class ErrorTexts {

	private ErrorTexts() {
	}

	static String title(int status) {
		return switch (status) {
			case 400 -> "잘못된 요청입니다";
			case 403 -> "접근할 수 없습니다";
			case 404 -> "페이지를 찾을 수 없습니다";
			case 405 -> "허용되지 않는 요청입니다";
			case 410 -> "삭제된 기사입니다";
			default -> status >= 500 ? "일시적인 오류가 발생했습니다" : "요청을 처리할 수 없습니다";
		};
	}

	static String message(int status) {
		return switch (status) {
			case 400 -> "주소가 올바른지 확인해 주세요.";
			case 403 -> "이 페이지는 볼 수 없습니다. 편집국 직원만 여는 페이지이거나, 페이지를 연 지 오래되어 요청을 확인할 수 없습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.";
			case 404 -> "요청하신 기사나 페이지가 없거나 주소가 바뀌었습니다. 주소를 다시 확인하시거나 첫 화면에서 찾아 주세요.";
			case 405 -> "이 주소에서는 이 방식의 요청을 받지 않습니다.";
			default -> status >= 500 ? "잠시 뒤 다시 시도해 주세요. 문제가 계속되면 편집국에 알려 주세요."
					: "요청을 처리할 수 없습니다. 주소를 확인해 주세요.";
		};
	}
}

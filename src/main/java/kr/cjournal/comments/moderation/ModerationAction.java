package kr.cjournal.comments.moderation;

/** What a row of the moderation log records. */
public enum ModerationAction {

	REPORTS_HIDE("신고 누적으로 숨김"), APPROVE("승인"), REMOVE("삭제"), BAN("이용 제한"), LIFT_BAN("이용 제한 해제"),
	MEASURE_REQUEST("임시조치 요청 접수"), MEASURE_APPLY("임시조치 적용"), MEASURE_REJECT("임시조치 요청 기각"),
	MEASURE_OBJECTION("작성자 이의 제기"), MEASURE_RESTORE("임시조치 후 복원"), MEASURE_DELETE("임시조치 후 삭제"),
	THREAD_CLOSED("댓글 닫기"), THREAD_OPENED("댓글 열기"), THREAD_PREMODERATED("기사 사전 검토 시작"),
	THREAD_UNMODERATED("기사 사전 검토 해제"), SETTINGS_CHANGED("댓글 설정 변경"), FILTER_WORD_ADDED("클린필터 단어 추가"),
	FILTER_WORD_REMOVED("클린필터 단어 삭제");

	/** Who acted when nobody on staff did: the report threshold, a requester, the poster. */
	static final String SYSTEM = "시스템", REQUESTER = "요청인", POSTER = "작성자";

	private final String label;

	ModerationAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The action named, or null for anything else (a filter left empty, a forged value). */
	static ModerationAction parse(String name) {
		for (ModerationAction action : values()) {
			if (action.name().equals(name)) {
				return action;
			}
		}
		return null;
	}
}

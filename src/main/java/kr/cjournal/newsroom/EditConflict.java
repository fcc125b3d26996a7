package kr.cjournal.newsroom;

/**
 * Someone else saved the article after this editor opened it. Nothing was overwritten: the
 * editor's text was kept as revision {@code keptRevision}.
 */
public class EditConflict extends NewsroomRefusal {

	private final int keptRevision;

	private final int currentVersion;

	EditConflict(int keptRevision, int currentVersion) {
		super(Kind.CONFLICT, null, "다른 사람이 먼저 이 기사를 저장했습니다. 입력하신 내용은 " + keptRevision
				+ "번째 판으로 보관했으니, 최신 내용을 불러와 비교한 뒤 다시 반영해 주세요.");
		this.keptRevision = keptRevision;
		this.currentVersion = currentVersion;
	}

	public int keptRevision() {
		return keptRevision;
	}

	public int currentVersion() {
		return currentVersion;
	}
}

package kr.cjournal.comments.moderation;

import java.util.regex.Pattern;

import kr.cjournal.comments.MeasureReason;
import kr.cjournal.core.FieldErrors;

/**
 * A temporary measure request as typed into the public form. {@link #check} gives the Korean
 * message of every field at fault; the form keeps what was typed so nothing is lost.
 */
public record MeasureRequest(String name, String contact, String email, MeasureReason reasonClass, String reason) {

	static final int MAX_NAME = 60, MAX_CONTACT = 200, MAX_EMAIL = 200, MAX_REASON = 2000;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** The fields as a form sent them. */
	public record Form(String requesterName, String requesterContact, String requesterEmail, String reasonClass, String reason) {

		static final Form EMPTY = new Form("", "", "", "", "");
	}

	/** The request, or null with each fault in {@code errors} by field name (requesterName, ...). */
	static MeasureRequest check(Form form, FieldErrors errors) {
		errors.required("requesterName", "이름", form.requesterName(), MAX_NAME);
		errors.required("requesterContact", "연락처", form.requesterContact(), MAX_CONTACT);
		errors.optional("requesterEmail", "이메일", form.requesterEmail(), MAX_EMAIL);
		String email = FieldErrors.clean(form.requesterEmail());
		if (email != null && !errors.has("requesterEmail") && !EMAIL.matcher(email).matches()) {
			errors.add("requesterEmail", "이메일 주소가 올바르지 않습니다. name@example.com처럼 적어 주세요.");
		}
		MeasureReason reasonClass = null;
		for (MeasureReason candidate : MeasureReason.values()) {
			if (candidate.name().equals(form.reasonClass())) {
				reasonClass = candidate;
			}
		}
		if (reasonClass == null) {
			errors.add("reasonClass", "침해된 권리의 종류를 골라 주세요.");
		}
		errors.required("reason", "요청 사유", form.reason(), MAX_REASON);
		if (!errors.isEmpty()) {
			return null;
		}
		return new MeasureRequest(FieldErrors.clean(form.requesterName()), FieldErrors.clean(form.requesterContact()), email,
				reasonClass, FieldErrors.clean(form.reason()));
	}
}

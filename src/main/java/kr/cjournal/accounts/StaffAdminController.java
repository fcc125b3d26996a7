package kr.cjournal.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.core.StaffController;

/**
 * Staff accounts, for administrators (the URL rules let only ADMIN in): list, add, change,
 * disable, and set a new password, typed or generated and shown once.
 */
@StaffController
@Controller
@RequestMapping("/newsroom/admin/staff")
class StaffAdminController {

	private static final Logger log = LoggerFactory.getLogger(StaffAdminController.class);

	private final Accounts accounts;

	private final PasswordPolicy policy;

	private final StaffSessions sessions;

	private final TwoFactor twoFactor;

	StaffAdminController(Accounts accounts, PasswordPolicy policy, StaffSessions sessions, TwoFactor twoFactor) {
		this.accounts = accounts;
		this.policy = policy;
		this.sessions = sessions;
		this.twoFactor = twoFactor;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("page", new StaffListPage(accounts.staff(), flash(model, "notice")));
		return "accounts/staff-list";
	}

	@GetMapping("/new")
	String newMember(Model model) {
		return edit(model, null, StaffForm.blank(), Map.of(), null, null, false);
	}

	@PostMapping
	String create(StaffForm form, Authentication me, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>(form.problems(true));
		String username = StaffRules.normalize(form.username());
		if (!errors.containsKey("username") && accounts.exists(username)) {
			errors.put("username", "이미 있는 아이디입니다.");
		}
		if (!errors.containsKey("email") && accounts.emailTaken(form.email(), -1)) {
			errors.put("email", "다른 직원이 쓰는 이메일 주소입니다.");
		}
		boolean generated = form.password() == null || form.password().isEmpty();
		String password = generated ? RandomPasswords.generate() : form.password();
		policy.problem(password, username, form.displayName(), form.email()).ifPresent(p -> errors.put("password", p));
		if (!errors.isEmpty()) {
			return edit(model, null, form, errors, null, null, false);
		}
		StaffMember member = accounts.insert(username, form.displayName().strip(), StaffRules.normalize(form.email()),
				password, form.roleSet());
		log.info("Staff account '{}' created by '{}' with roles {}", username, me.getName(), member.roles());
		redirect.addFlashAttribute("notice", member.displayName() + " 님의 계정을 만들었습니다.");
		if (generated) {
			redirect.addFlashAttribute("shownPassword", password);
		}
		return "redirect:/newsroom/admin/staff/" + member.id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Authentication me, Model model) {
		StaffMember member = find(id);
		return edit(model, member, StaffForm.of(member), Map.of(), flash(model, "notice"), flash(model, "shownPassword"),
				member.username().equals(me.getName()));
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, StaffForm form, Authentication me, Model model, RedirectAttributes redirect) {
		StaffMember member = find(id);
		boolean self = member.username().equals(me.getName());
		Map<String, String> errors = new LinkedHashMap<>(form.problems(false));
		if (!errors.containsKey("email") && accounts.emailTaken(form.email(), id)) {
			errors.put("email", "다른 직원이 쓰는 이메일 주소입니다.");
		}
		if (self && !form.roleSet().contains(Role.ADMIN)) {
			errors.put("roles", "자신의 관리자 역할은 뺄 수 없습니다.");
		}
		if (self && !form.isEnabled()) {
			errors.put("enabled", "자기 계정은 비활성화할 수 없습니다.");
		}
		if (!errors.isEmpty()) {
			return edit(model, member, form, errors, null, null, self);
		}
		Set<Role> roles = form.roleSet();
		if (member.has(Role.READER)) {
			roles.add(Role.READER); // not on this form, so not taken away by it
		}
		StaffMember saved = accounts.update(id, form.displayName(), form.email(), roles, form.isEnabled());
		log.info("Staff account '{}' changed by '{}': roles={} enabled={}", saved.username(), me.getName(),
				saved.roles(), saved.enabled());
		if (!saved.roles().equals(member.roles()) || saved.enabled() != member.enabled()) {
			sessions.signOutEverywhere(saved.username());
		}
		redirect.addFlashAttribute("notice", "저장했습니다.");
		return "redirect:/newsroom/admin/staff/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Authentication me, RedirectAttributes redirect) {
		StaffMember member = find(id);
		if (member.username().equals(me.getName())) {
			redirect.addFlashAttribute("notice", "자기 계정은 비활성화할 수 없습니다.");
			return "redirect:/newsroom/admin/staff/" + id;
		}
		accounts.update(id, member.displayName(), member.email(), member.roles(), false);
		sessions.signOutEverywhere(member.username());
		log.info("Staff account '{}' disabled by '{}'", member.username(), me.getName());
		redirect.addFlashAttribute("notice", member.displayName() + " 님의 계정을 비활성화했습니다. 더는 로그인할 수 없습니다.");
		return "redirect:/newsroom/admin/staff";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Authentication me,
			Model model, RedirectAttributes redirect) {
		StaffMember member = find(id);
		boolean generated = password.isEmpty();
		String chosen = generated ? RandomPasswords.generate() : password;
		try {
			accounts.changePassword(id, chosen);
		}
		catch (PasswordRejected e) {
			return edit(model, member, StaffForm.of(member), Map.of("newPassword", e.getMessage()), null, null,
					member.username().equals(me.getName()));
		}
		sessions.signOutEverywhere(member.username());
		log.info("Password of '{}' set by '{}'", member.username(), me.getName());
		redirect.addFlashAttribute("notice", member.displayName() + " 님의 비밀번호를 바꿨습니다.");
		if (generated) {
			redirect.addFlashAttribute("shownPassword", chosen);
		}
		return "redirect:/newsroom/admin/staff/" + id;
	}

	/**
	 * For someone who lost both their phone and their recovery codes: they sign in with the password
	 * alone and turn it on again (at once when {@code require-two-factor} is on). One's own is turned
	 * off on one's own page, with a code or the password.
	 */
	@PostMapping("/{id}/two-factor/off")
	String turnOffTwoFactor(@PathVariable long id, Authentication me, RedirectAttributes redirect) {
		StaffMember member = find(id);
		if (member.username().equals(me.getName())) {
			redirect.addFlashAttribute("notice", "자기 계정의 2단계 인증은 내 계정 → 2단계 인증에서 끌 수 있습니다.");
			return "redirect:/newsroom/admin/staff/" + id;
		}
		if (twoFactor.isOn(member.username())) {
			twoFactor.disable(id);
			sessions.signOutEverywhere(member.username());
			log.warn("Two-factor sign-in of '{}' turned off by '{}'", member.username(), me.getName());
		}
		redirect.addFlashAttribute("notice", member.displayName()
				+ " 님의 2단계 인증을 껐습니다. 이제 비밀번호만으로 로그인하니, 본인 확인을 마친 뒤 다시 켜도록 알려 주세요.");
		return "redirect:/newsroom/admin/staff/" + id;
	}

	private StaffMember find(long id) {
		return accounts.findStaff(id)
			.filter(m -> m.roles().stream().anyMatch(StaffRules.STAFF_ROLES::contains))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String edit(Model model, StaffMember member, StaffForm form, Map<String, String> errors, String notice,
			String shownPassword, boolean self) {
		boolean secondFactor = member != null && twoFactor.isOn(member.username());
		model.addAttribute("page", new StaffEditPage(member, form, errors, notice, shownPassword, self, secondFactor));
		return "accounts/staff-edit";
	}

	/** A message left by the previous request's redirect; never taken from the address. */
	static String flash(Model model, String name) {
		return model.getAttribute(name) instanceof String value && !value.isBlank() ? value : null;
	}
}

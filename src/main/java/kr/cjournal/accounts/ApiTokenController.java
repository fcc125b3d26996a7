package kr.cjournal.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.core.StaffController;

/**
 * A staff member's personal API tokens: issue with the scopes chosen (shown once), list, revoke.
 * Only a signed-in person gets here: no token reaches {@code /newsroom/account/**}.
 */
@StaffController
@Controller
@RequestMapping("/newsroom/account/tokens")
class ApiTokenController {

	private final Accounts accounts;

	private final ApiTokens tokens;

	ApiTokenController(Accounts accounts, ApiTokens tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping
	String list(Authentication me, Model model) {
		return page(model, me, StaffAdminController.flash(model, "newToken"), StaffAdminController.flash(model, "notice"),
				null);
	}

	@PostMapping
	String issue(@RequestParam(defaultValue = "") String name,
			@RequestParam(name = "scope", required = false) List<String> scopeCodes, Authentication me, Model model,
			RedirectAttributes redirect) {
		String label = name.strip();
		if (label.isEmpty() || label.length() > 60) {
			return page(model, me, null, null, "토큰 이름을 60자 이내로 입력해 주세요. 예: 기사 가져오기 스크립트");
		}
		Optional<Set<TokenScope>> scopes = scopes(scopeCodes);
		if (scopes.isEmpty()) {
			return page(model, me, null, null, "토큰이 할 수 있는 일(권한)을 하나 이상 골라 주세요.");
		}
		redirect.addFlashAttribute("newToken", tokens.issue(ownerId(me), label, scopes.get()));
		redirect.addFlashAttribute("notice", "'" + label + "' 토큰을 만들었습니다. 지금 복사해 두세요. 다시 볼 수 없습니다.");
		return "redirect:/newsroom/account/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, Authentication me, RedirectAttributes redirect) {
		boolean revoked = tokens.revoke(ownerId(me), id);
		redirect.addFlashAttribute("notice", revoked ? "토큰을 폐기했습니다. 이 토큰으로는 더 이상 API를 쓸 수 없습니다."
				: "이미 폐기되었거나 없는 토큰입니다.");
		return "redirect:/newsroom/account/tokens";
	}

	/** The scopes ticked, or empty when none or one this version does not know. */
	private static Optional<Set<TokenScope>> scopes(List<String> codes) {
		if (codes == null || codes.isEmpty()) {
			return Optional.empty();
		}
		Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
		for (String code : codes) {
			Optional<TokenScope> scope = TokenScope.ofCode(code);
			if (scope.isEmpty()) {
				return Optional.empty();
			}
			scopes.add(scope.get());
		}
		return Optional.of(scopes);
	}

	private long ownerId(Authentication me) {
		return accounts.findStaff(me.getName()).orElseThrow().id();
	}

	private String page(Model model, Authentication me, String newToken, String notice, String error) {
		model.addAttribute("page", new TokensPage(tokens.of(ownerId(me)), newToken, notice, error));
		return "accounts/tokens";
	}
}

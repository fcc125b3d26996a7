package kr.cjournal.people.recognition;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import kr.cjournal.accounts.Actor;
import kr.cjournal.people.web.Editors;

import tools.jackson.databind.JsonNode;

/**
 * One click in the editor: {@code POST /api/v1/people} {@code {name, organization, title}} adds a
 * recognised person; {@code POST /api/v1/people/{id}/positions} {@code {organization, title, name}}
 * attaches a mention to someone already in the directory. Adding a person is open to every writer;
 * attaching changes someone already there (a title and another name on public pages), so it
 * follows the directory pages' rule ({@link Editors}): editors and admins only.
 */
@RestController
class NewPeopleController {

	private final NewPeople people;

	NewPeopleController(NewPeople people) {
		this.people = people;
	}

	@PostMapping("/api/v1/people")
	ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) JsonNode body, Actor actor) {
		Editors.requireWriter(actor);
		String name = JsonFields.required(body, "name", 40);
		String organization = JsonFields.optional(body, "organization", 100);
		String title = JsonFields.optional(body, "title", 60);
		if (organization != null && title == null) {
			throw new BadInput("title", "소속을 적었으면 직함('title')도 적어 주세요.");
		}
		if (title != null && organization == null) {
			throw new BadInput("organization", "직함을 적었으면 소속('organization')도 적어 주세요.");
		}
		NewPeople.Created created = people.create(name, organization, title);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("personId", created.personId());
		answer.put("organizationId", created.organizationId());
		answer.put("organizationCreated", created.organizationCreated());
		answer.put("url", "/people/" + created.personId());
		return ResponseEntity.status(HttpStatus.CREATED).body(answer);
	}

	@PostMapping("/api/v1/people/{id}/positions")
	Map<String, Object> attach(@PathVariable long id, @RequestBody(required = false) JsonNode body, Actor actor) {
		Editors.requireWriter(actor);
		if (!Editors.mayEdit(actor)) {
			throw new BadInput(HttpStatus.FORBIDDEN, null, Editors.REFUSAL);
		}
		String organization = JsonFields.optional(body, "organization", 100);
		String title = JsonFields.optional(body, "title", 60);
		String name = JsonFields.optional(body, "name", 40);
		if ((organization == null) != (title == null)) {
			String missing = organization == null ? "organization" : "title";
			throw new BadInput(missing, "소속('organization')과 직함('title')은 함께 적어 주세요.");
		}
		if (organization == null && name == null) {
			throw new BadInput("organization", "연결할 소속과 직함, 또는 기사에 쓴 이름('name')을 적어 주세요.");
		}
		NewPeople.Attached attached = people.attach(id, name, organization, title);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("personId", attached.personId());
		answer.put("organizationId", attached.organizationId());
		answer.put("positionAdded", attached.positionAdded());
		answer.put("aliasAdded", attached.aliasAdded());
		answer.put("url", "/people/" + attached.personId());
		return answer;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> notANumber(MethodArgumentTypeMismatchException e) {
		return RecognitionController.refused(new BadInput("id", "인물 번호는 숫자여야 합니다."));
	}

	@ExceptionHandler(BadInput.class)
	ResponseEntity<Map<String, Object>> refused(BadInput refusal) {
		if (refusal.status() == HttpStatus.FORBIDDEN) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("error", "forbidden");
			answer.put("field", null);
			answer.put("message", refusal.getMessage());
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(answer);
		}
		return RecognitionController.refused(refusal);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
		return RecognitionController.refused(new BadInput(null, "요청 본문이 올바른 JSON이 아닙니다."));
	}
}

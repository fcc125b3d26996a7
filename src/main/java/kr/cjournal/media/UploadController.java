package kr.cjournal.media;

import java.io.IOException;
import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where the newsroom editor's script sends a photo: {@code POST /newsroom/media} with the file in
 * the multipart field {@code file}. Every answer is JSON, errors included, so the script can show
 * the Korean message beside the field.
 */
@RestController
class UploadController {

	private static final Logger log = LoggerFactory.getLogger(UploadController.class);

	/** A stored upload, as the editor needs it to place the photo. */
	record Uploaded(long id, String url, int width, int height, String srcset) {
	}

	/** Why an upload was refused; {@code field} names the form field. */
	record Refusal(String error, String field, String message) {
	}

	private final Images images;

	private final MediaSettings settings;

	UploadController(Images images, MediaSettings settings) {
		this.images = images;
		this.settings = settings;
	}

	@PostMapping("/newsroom/media")
	ResponseEntity<Uploaded> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			Principal principal) throws IOException {
		if (file == null) {
			throw new ImageRejected("올릴 사진 파일을 골라 주세요.");
		}
		Image image = images.upload(file.getBytes(), principal == null ? null : principal.getName());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Uploaded(image.id(), image.url(), image.width(), image.height(), image.srcset()));
	}

	@ExceptionHandler
	ResponseEntity<Refusal> rejected(ImageRejected e) {
		return ResponseEntity.badRequest().body(new Refusal("invalid", e.field(), e.getMessage()));
	}

	/** Multipart parsing is lazy (see application.yml), so a file over the limit ends up here. */
	@ExceptionHandler
	ResponseEntity<Refusal> tooLarge(MaxUploadSizeExceededException e) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(new Refusal("too_large", "file", RejectionTexts.tooLarge(settings.maxFileSize())));
	}

	@ExceptionHandler
	ResponseEntity<Refusal> unreadable(MultipartException e) {
		log.debug("Unreadable upload request: {}", e.getMessage());
		return ResponseEntity.badRequest()
			.body(new Refusal("invalid", "file", "사진 파일을 받지 못했습니다. 파일을 골라 다시 올려 주세요."));
	}

	/** A fault on our side (a full disk, a lost database): logged in full, told briefly. */
	@ExceptionHandler
	ResponseEntity<Refusal> failed(Exception e) {
		log.error("Could not store an upload", e);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(new Refusal("failed", "file", "사진을 저장하지 못했습니다. 잠시 후 다시 올려 주세요."));
	}
}

package kr.cjournal.people.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.media.Image;
import kr.cjournal.media.Images;
import kr.cjournal.support.DemoPaperTest;
import kr.cjournal.support.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The photo on a person's edit page: the current one as a thumbnail, and upload controls for those who may change it. */
@DemoPaperTest
class PeopleEditorPhotoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Images images;

	@Test
	void theEditPageShowsTheCurrentPhotoAsAThumbnailAndOffersAnEditorTheUpload() throws Exception {
		long id = newPerson("반도연");
		Image photo = images.upload(png(600, 400), "desk");
		mvc.perform(post("/newsroom/people/" + id).with(Staff.as("desk", "EDITOR")).param("name", "반도연")
				.param("photoImageId", String.valueOf(photo.id())))
			.andExpect(status().is3xxRedirection());

		Document page = page("/newsroom/people/" + id, "desk", "EDITOR");

		Element thumbnail = page.selectFirst("#photo-thumbnail");
		assertThat(thumbnail.hasAttr("hidden")).isFalse();
		assertThat(thumbnail.attr("src")).isEqualTo(photo.variants().get(0).url()).startsWith("/media/");
		assertThat(thumbnail.attr("src")).isNotEqualTo(photo.url());
		assertThat(thumbnail.attr("srcset")).isEqualTo(photo.srcset());
		assertThat(thumbnail.attr("alt")).isEqualTo("반도연 사진");
		assertThat(thumbnail.attr("height")).isEqualTo("80");
		assertThat(page.select("#photo-none").hasAttr("hidden")).isTrue();
		assertThat(page.select("#photo-file").attr("type")).isEqualTo("file");
		assertThat(page.select("label[for=photo-file]").text()).isEqualTo("사진 올리기");
		assertThat(page.select("#photo-clear").text()).isEqualTo("사진 빼기");
		assertThat(page.select("#photo-clear").hasAttr("hidden")).isFalse();
		assertThat(page.select("script[src=/js/person-photo.js]")).hasSize(1);
		assertThat(page.select("#photoImageId").val()).isEqualTo(String.valueOf(photo.id()));
		assertThat(page.select("#photoImageId ~ .hint").text()).contains("사진 올리기").doesNotContain("아직 없습니다");
	}

	@Test
	void aReporterSeesThePhotoButNoUploadControls() throws Exception {
		long id = newPerson("곽서하");
		Image photo = images.upload(png(300, 400), "desk");
		mvc.perform(post("/newsroom/people/" + id).with(Staff.as("desk", "EDITOR")).param("name", "곽서하")
				.param("photoImageId", String.valueOf(photo.id())))
			.andExpect(status().is3xxRedirection());

		Document page = page("/newsroom/people/" + id, "reporter", "REPORTER");

		assertThat(page.select("#photo-thumbnail").attr("src")).isEqualTo(photo.variants().get(0).url());
		assertThat(page.select("#photo-file")).isEmpty();
		assertThat(page.select("#photo-clear")).isEmpty();
		assertThat(page.select("[data-photo-upload]")).isEmpty();
		assertThat(page.select("#photoImageId").hasAttr("readonly")).isTrue();
		assertThat(page.select("#photoImageId ~ .hint").text()).doesNotContain("아직 없습니다");
	}

	@Test
	void aPersonWithoutAPhotoSaysSoAndARefusedNumberKeepsNoThumbnail() throws Exception {
		long id = newPerson("탁유건");

		Document page = page("/newsroom/people/" + id, "desk", "EDITOR");
		assertThat(page.select("#photo-thumbnail").hasAttr("hidden")).isTrue();
		assertThat(page.select("#photo-thumbnail").hasAttr("src")).isFalse();
		assertThat(page.select("#photo-none").hasAttr("hidden")).isFalse();
		assertThat(page.select("#photo-none").text()).isEqualTo("사진이 없습니다.");
		assertThat(page.select("#photo-clear").hasAttr("hidden")).isTrue();

		String refused = mvc.perform(post("/newsroom/people/" + id).with(Staff.as("desk", "EDITOR"))
				.param("name", "탁유건").param("photoImageId", "987654320"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		Document again = Jsoup.parse(refused);
		assertThat(again.select("#photoImageId").val()).isEqualTo("987654320");
		assertThat(again.select("#photo-thumbnail").hasAttr("hidden")).isTrue();
		assertThat(again.select("#photoImageId ~ .field-error").text()).contains("사진 번호 987654320에 해당하는 사진이 없습니다");
	}

	private long newPerson(String name) throws Exception {
		return PeopleEditorIntegrationTests.idOf(mvc.perform(post("/newsroom/people").with(Staff.as("desk", "EDITOR"))
				.param("name", name)).andExpect(status().is3xxRedirection()).andReturn());
	}

	private Document page(String url, String user, String... roles) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(Staff.as(user, roles))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	static byte[] png(int width, int height) throws Exception {
		BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = canvas.createGraphics();
		graphics.setColor(new java.awt.Color(40, 90, 160));
		graphics.fillRect(0, 0, width, height / 2);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(canvas, "png", bytes);
		return bytes.toByteArray();
	}
}

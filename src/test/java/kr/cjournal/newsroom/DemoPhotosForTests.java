package kr.cjournal.newsroom;

/** Lets tests outside the newsroom package make a real photo to upload. */
public final class DemoPhotosForTests {

	private DemoPhotosForTests() {
	}

	public static byte[] jpeg(String motif, long seed) {
		return DemoPhotos.jpeg(motif, seed);
	}
}

package kr.cjournal.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * A photo for tests that upload one as a reporter would: a 1200×675 JPEG (wide enough for every
 * resized width the site serves), a different picture for each seed.
 */
public final class TestPhotos {

	private TestPhotos() {
	}

	public static byte[] jpeg(int seed) {
		BufferedImage image = new BufferedImage(1200, 675, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x1f3a5f + seed * 0x0a0b0c & 0xffffff));
		g.fillRect(0, 0, 1200, 675);
		g.setColor(new Color(0xe07a2f));
		g.fillOval(100 + Math.floorMod(seed * 97, 800), 160, 300, 300);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}

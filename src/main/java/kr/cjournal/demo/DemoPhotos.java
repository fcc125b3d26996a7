package kr.cjournal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import static kr.cjournal.demo.DrawingKit.H;
import static kr.cjournal.demo.DrawingKit.W;
import static kr.cjournal.demo.DrawingKit.alpha;

/**
 * Draws the demo articles' illustrative photos, 1200×675; no text, no external files. Each motif
 * family draws in its own class; this one picks the palette, the motif and encodes the JPEG.
 */
final class DemoPhotos {

	private DemoPhotos() {
	}

	/**
	 * A JPEG (quality ~0.85) of the motif; the same motif and seed always give the same
	 * bytes-equivalent picture; different seeds vary colours/layout. Unknown motif: a neutral
	 * abstract image, never an exception.
	 */
	static byte[] jpeg(String motif, long seed) {
		String name = motif == null ? "" : motif.strip().toLowerCase(Locale.ROOT);
		// Mixing the motif in keeps two motifs with the same seed from sharing a palette pattern.
		Random r = new Random(seed * 0x9E3779B97F4A7C15L + name.hashCode());
		Palette p = Palette.pick(r);
		BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
			draw(name, g, r, p);
			vignette(g, p);
		}
		finally {
			g.dispose();
		}
		return encode(image);
	}

	private static void draw(String motif, Graphics2D g, Random r, Palette p) {
		switch (motif) {
			case "chart" -> MarketMotifs.chart(g, r, p);
			case "phone" -> MarketMotifs.phone(g, r, p);
			case "city" -> CityMotifs.city(g, r, p);
			case "building" -> CityMotifs.building(g, r, p);
			case "factory" -> IndustryMotifs.factory(g, r, p);
			case "chip" -> IndustryMotifs.chip(g, r, p);
			case "vehicle" -> VehicleMotif.vehicle(g, r, p);
			case "retail" -> PlaceMotifs.retail(g, r, p);
			case "bank" -> PlaceMotifs.bank(g, r, p);
			case "meeting" -> PlaceMotifs.meeting(g, r, p);
			default -> abstractShapes(g, r, p);
		}
	}

	/** The fallback for motifs nobody has drawn yet: quiet, overlapping shapes. */
	private static void abstractShapes(Graphics2D g, Random r, Palette p) {
		g.setPaint(new GradientPaint(0, 0, p.paper(), W, H, p.soft()));
		g.fillRect(0, 0, W, H);
		Color[] colours = { p.deep(), p.mid(), p.soft(), p.accent() };
		for (int i = 0; i < 9; i++) {
			double d = 160 + r.nextInt(420);
			g.setColor(alpha(colours[r.nextInt(colours.length)], 50 + r.nextInt(60)));
			g.fill(new Ellipse2D.Double(r.nextInt(W) - d / 2, r.nextInt(H) - d / 2, d, d));
		}
		g.setStroke(new BasicStroke(2f));
		g.setColor(alpha(p.deep(), 70));
		for (int i = 0; i < 6; i++) {
			int y = r.nextInt(H);
			g.drawLine(0, y, W, y - 200 + r.nextInt(400));
		}
	}

	/** Darkened corners, as a lens gives them; it also ties the flat shapes together. */
	private static void vignette(Graphics2D g, Palette p) {
		g.setPaint(new RadialGradientPaint(W / 2f, H / 2f, W * 0.75f, new float[] { 0.55f, 1f },
				new Color[] { alpha(p.ink(), 0), alpha(p.ink(), 90) }));
		g.fillRect(0, 0, W, H);
	}

	private static byte[] encode(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(160_000);
		// A memory stream: ImageIO's default stream may spill to a temp file, which a server doesn't need.
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not encode a demo photo", e);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}
}

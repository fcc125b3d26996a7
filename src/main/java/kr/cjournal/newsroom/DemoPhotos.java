package kr.cjournal.newsroom;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
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

/** Draws the demo articles' illustrative photos; no text, no external files. */
final class DemoPhotos {

	static final int WIDTH = 1200;
	static final int HEIGHT = 675;

	private static final int W = WIDTH;
	private static final int H = HEIGHT;

	/** One restrained scheme per picture: dark to light neutrals plus a single accent. */
	private record Palette(Color ink, Color deep, Color mid, Color soft, Color paper, Color accent) {
	}

	private static final Palette[] PALETTES = {
			palette(0x14213d, 0x1f3a5f, 0x4f6d8a, 0x9fb3c8, 0xeef1f4, 0xe07a2f), // navy, orange
			palette(0x10292e, 0x1d4e57, 0x3d8a8f, 0xa8cfcf, 0xf2f0ea, 0xd9a441), // teal, mustard
			palette(0x2b2725, 0x4a4440, 0x8a817a, 0xcfc7be, 0xf5f1eb, 0xc8553d), // warm grey, brick
			palette(0x1b2430, 0x33475b, 0x6b7f94, 0xbcc8d4, 0xf0f2f5, 0x2a9d8f), // slate, teal
	};

	private static final Color WINDOW_LIGHT = new Color(0xffd98a);

	/** How far up towards their vanishing point the towers are drawn; well past the frame's top. */
	private static final double TOWER_RISE = 0.62;

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
		Palette p = PALETTES[r.nextInt(PALETTES.length)];
		BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
			switch (name) {
				case "chart" -> chart(g, r, p);
				case "city" -> city(g, r, p);
				case "factory" -> factory(g, r, p);
				case "chip" -> chip(g, r, p);
				case "vehicle" -> vehicle(g, r, p);
				case "retail" -> retail(g, r, p);
				case "bank" -> bank(g, r, p);
				case "building" -> building(g, r, p);
				case "meeting" -> meeting(g, r, p);
				case "phone" -> phone(g, r, p);
				default -> abstractShapes(g, r, p);
			}
			vignette(g, p);
		}
		finally {
			g.dispose();
		}
		return encode(image);
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

	// ---- motifs -------------------------------------------------------------------------------

	private static void chart(Graphics2D g, Random r, Palette p) {
		boolean dark = r.nextBoolean();
		Color fg = dark ? p.soft() : p.deep();
		verticalGradient(g, 0, H, dark ? p.ink() : p.paper(), dark ? p.deep() : mix(p.paper(), p.soft(), 0.35));
		int left = 80, right = W - 70, top = 60, bottom = H - 170, volTop = H - 140, volBottom = H - 55;
		chartGrid(g, alpha(fg, 40), left, right, top, bottom, volBottom);
		int n = 30 + r.nextInt(20);
		double[] close = randomWalk(r, n + 1);
		double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
		double[] high = new double[n + 1], low = new double[n + 1];
		for (int i = 1; i <= n; i++) {
			double body = Math.abs(close[i] - close[i - 1]);
			high[i] = Math.max(close[i], close[i - 1]) + body * r.nextDouble() * 0.8 + 0.2;
			low[i] = Math.min(close[i], close[i - 1]) - body * r.nextDouble() * 0.8 - 0.2;
			min = Math.min(min, low[i]);
			max = Math.max(max, high[i]);
		}
		double step = (right - left) / (double) n, scale = (bottom - top - 30) / (max - min);
		boolean bars = r.nextInt(3) == 0;
		for (int i = 1; i <= n; i++) {
			double x = left + (i - 0.5) * step;
			// Gains take the accent (warm in most palettes, as Korean quotes show gains in red).
			Color c = close[i] >= close[i - 1] ? p.accent() : p.mid();
			g.setColor(c);
			double yh = bottom - 15 - (high[i] - min) * scale, yl = bottom - 15 - (low[i] - min) * scale;
			double yo = bottom - 15 - (close[i - 1] - min) * scale, yc = bottom - 15 - (close[i] - min) * scale;
			candle(g, x, step, yh, yl, yo, yc, bars);
			double vol = (0.25 + r.nextDouble() * 0.75) * (volBottom - volTop);
			g.setColor(alpha(c, 110));
			g.fill(new Rectangle2D.Double(x - step * 0.3, volBottom - vol, step * 0.6, vol));
		}
		trendLine(g, close, n, left, step, bottom - 15, min, scale, fg);
	}

	private static void city(Graphics2D g, Random r, Palette p) {
		int horizon = (int) (H * (0.74 + r.nextDouble() * 0.06));
		Color dusk = mix(p.accent(), new Color(0xf4c58f), 0.55);
		g.setPaint(new LinearGradientPaint(0, 0, 0, horizon, new float[] { 0f, 0.55f, 1f },
				new Color[] { p.ink(), mix(p.deep(), p.mid(), 0.4), dusk }));
		g.fillRect(0, 0, W, horizon);
		// Glow of the set sun behind the skyline gives the dusk its depth.
		float sunX = 200 + r.nextInt(W - 400);
		g.setPaint(new RadialGradientPaint(sunX, horizon, 420, new float[] { 0f, 1f },
				new Color[] { alpha(new Color(0xffe2b0), 150), alpha(dusk, 0) }));
		g.fillRect(0, 0, W, horizon);
		g.setColor(alpha(Color.WHITE, 160));
		for (int i = 0; i < 40; i++) {
			g.fill(new Ellipse2D.Double(r.nextInt(W), r.nextInt(horizon / 3), 1.8, 1.8));
		}
		// The far row is taller but translucent, so it takes on the sky's colour like distant haze.
		skyline(g, r, alpha(mix(p.deep(), p.ink(), 0.3), 120), horizon, 140, 360, 0.06);
		skyline(g, r, mix(p.deep(), p.ink(), 0.6), horizon, 60, 250, 0.45);
		// Still water below: a dark band with a few blurred streaks of reflected light.
		verticalGradient(g, horizon, H, mix(p.ink(), dusk, 0.18), p.ink());
		for (int i = 0; i < 70; i++) {
			int y = horizon + 6 + r.nextInt(H - horizon - 10);
			double w = 8 + r.nextInt(40) * (1 - (y - horizon) / (double) (H - horizon));
			g.setColor(alpha(r.nextInt(4) == 0 ? dusk : WINDOW_LIGHT, 40 + r.nextInt(60)));
			g.fill(new Rectangle2D.Double(r.nextInt(W), y, w, 2));
		}
	}

	private static void factory(Graphics2D g, Random r, Palette p) {
		int ground = (int) (H * 0.7);
		verticalGradient(g, 0, ground, mix(p.soft(), p.mid(), 0.3), p.paper());
		verticalGradient(g, ground, H, mix(p.mid(), p.paper(), 0.35), p.mid());
		Color wall = mix(p.deep(), p.mid(), 0.45), shade = mix(p.deep(), p.ink(), 0.4);
		int chimneys = 2 + r.nextInt(3), hallLeft = 120 + r.nextInt(80), hallRight = W - 120 - r.nextInt(140);
		for (int i = 0; i < chimneys; i++) {
			int cx = hallLeft + 80 + i * (hallRight - hallLeft - 160) / Math.max(1, chimneys - 1);
			int top = 90 + r.nextInt(110), w = 34 + r.nextInt(14);
			smoke(g, r, cx, top, p);
			g.setPaint(new GradientPaint(cx - w / 2f, 0, shade, cx + w / 2f, 0, wall));
			g.fill(new Polygon(new int[] { cx - w / 2, cx + w / 2, cx + w / 2 + 6, cx - w / 2 - 6 },
					new int[] { top, top, ground, ground }, 4));
			g.setColor(p.accent());
			g.fillRect(cx - w / 2, top + 14, w, 12);
			g.fillRect(cx - w / 2, top + 40, w, 8);
		}
		// Sawtooth roof: the silhouette people read as "industrial" at a glance.
		int hallTop = ground - 170, teeth = 6 + r.nextInt(4), tw = (hallRight - hallLeft) / teeth;
		Path2D roof = new Path2D.Double();
		roof.moveTo(hallLeft, ground);
		roof.lineTo(hallLeft, hallTop);
		for (int i = 0; i < teeth; i++) {
			roof.lineTo(hallLeft + i * tw, hallTop - 55);
			roof.lineTo(hallLeft + (i + 1) * tw, hallTop);
		}
		roof.lineTo(hallRight, hallTop);
		roof.lineTo(hallRight, ground);
		roof.closePath();
		g.setPaint(new GradientPaint(0, hallTop - 55, mix(wall, p.paper(), 0.2), 0, ground, shade));
		g.fill(roof);
		g.setColor(alpha(WINDOW_LIGHT, 150));
		for (int x = hallLeft + 24; x < hallRight - 40; x += 46) {
			g.fillRect(x, hallTop + 30, 30, 22);
		}
		conveyor(g, r, p, ground + 70);
	}

	private static void chip(Graphics2D g, Random r, Palette p) {
		g.setPaint(new RadialGradientPaint(W / 2f, H / 2f, W * 0.7f, new float[] { 0f, 1f },
				new Color[] { p.deep(), p.ink() }));
		g.fillRect(0, 0, W, H);
		wafer(g, r, p, W * (r.nextBoolean() ? 0.8 : 0.2), H * (0.3 + r.nextDouble() * 0.4));
		double cx = W / 2.0 + r.nextInt(160) - 80, cy = H / 2.0, size = 300 + r.nextInt(40);
		int pins = 10 + r.nextInt(6);
		Color copper = mix(p.accent(), new Color(0xd9b26a), 0.6);
		// Board traces fan out from every pin; drawn first so the package sits on top of them.
		g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int side = 0; side < 4; side++) {
			for (int i = 0; i < pins; i++) {
				// Outer traces bend first and every bend is 45 degrees outward, so no two traces
				// cross, not even where two sides meet at a corner.
				double t = (i + 0.5) / pins - 0.5, y = t * size * 0.9, shift = t * size * 0.5;
				double bendX = size / 2 + 30 + (0.5 - Math.abs(t)) * size * 0.5;
				double endX = bendX + Math.abs(shift) + 20 + r.nextInt(Math.abs(t) > 0.3 ? 40 : 200);
				Path2D trace = new Path2D.Double();
				trace.moveTo(0, y);
				trace.lineTo(bendX, y);
				trace.lineTo(bendX + Math.abs(shift), y + shift);
				trace.lineTo(endX, y + shift);
				AffineTransform at = AffineTransform.getTranslateInstance(cx, cy);
				at.rotate(side * Math.PI / 2);
				g.setColor(alpha(copper, 90 + r.nextInt(80)));
				g.draw(at.createTransformedShape(trace));
				Point2D end = at.transform(new Point2D.Double(endX, y + shift), null);
				g.fill(new Ellipse2D.Double(end.getX() - 5, end.getY() - 5, 10, 10));
				Point2D pin = at.transform(new Point2D.Double(size / 2 + 4, y), null);
				g.setColor(new Color(0xc9ccd1));
				g.fill(new Rectangle2D.Double(pin.getX() - 9, pin.getY() - 9, 18, 18));
			}
		}
		die(g, r, p, cx, cy, size);
	}

	private static void vehicle(Graphics2D g, Random r, Palette p) {
		int road = (int) (H * 0.66);
		verticalGradient(g, 0, road, mix(p.soft(), p.mid(), 0.2), p.paper());
		// Low hills far away: enough scenery to place the car without pulling focus from it.
		g.setColor(alpha(mix(p.mid(), p.paper(), 0.4), 200));
		Path2D hills = new Path2D.Double();
		hills.moveTo(0, road);
		double phase = r.nextDouble() * 6;
		for (int x = 0; x <= W; x += 20) {
			hills.lineTo(x, road - 60 - 40 * Math.sin(x / 180.0 + phase) - 25 * Math.sin(x / 71.0 + phase * 2));
		}
		hills.lineTo(W, road);
		hills.closePath();
		g.fill(hills);
		verticalGradient(g, road, H, mix(p.ink(), p.mid(), 0.45), mix(p.ink(), p.deep(), 0.3));
		g.setColor(alpha(p.paper(), 150));
		g.fillRect(0, road + 6, W, 4);
		int offset = r.nextInt(160);
		for (int x = -offset; x < W; x += 160) {
			g.fillRect(x, H - 60, 90, 8);
		}
		double scale = 0.95 + r.nextDouble() * 0.15, x0 = W / 2.0 - 300 * scale + r.nextInt(140) - 70;
		double base = road + 140;
		// Motion streaks trail behind the car (it faces right) and fade with distance.
		for (int i = 0; i < 14; i++) {
			double y = base - 30 - r.nextInt((int) (170 * scale)), len = 120 + r.nextInt(260);
			g.setPaint(new GradientPaint((float) (x0 - len), 0, alpha(p.paper(), 0), (float) x0, 0,
					alpha(p.paper(), 130)));
			g.fill(new Rectangle2D.Double(x0 - len, y, len + 20, 2 + r.nextInt(3)));
		}
		Color[] bodies = { p.accent(), p.paper(), p.mid(), new Color(0xb8bcc2) };
		car(g, r, p, x0, base, scale, bodies[r.nextInt(bodies.length)]);
	}

	private static void retail(Graphics2D g, Random r, Palette p) {
		verticalGradient(g, 0, H, p.paper(), mix(p.paper(), p.soft(), 0.7));
		int shelfTop = 50, shelfBottom = H - 110, levels = 4, gap = (shelfBottom - shelfTop) / levels;
		Color metal = mix(p.mid(), p.paper(), 0.3);
		g.setColor(mix(p.soft(), p.paper(), 0.4));
		g.fillRect(30, shelfTop - 20, W - 60, shelfBottom - shelfTop + 30);
		Color[] goods = { p.accent(), p.deep(), p.mid(), p.soft(), mix(p.accent(), p.paper(), 0.45),
				mix(p.deep(), p.accent(), 0.3), new Color(0xe9e4da) };
		for (int level = 0; level < levels; level++) {
			int floor = shelfTop + (level + 1) * gap;
			int x = 50 + r.nextInt(10);
			while (x < W - 80) {
				int kind = r.nextInt(3), run = 2 + r.nextInt(5);
				int w = kind == 1 ? 26 + r.nextInt(10) : 36 + r.nextInt(30), h = 45 + r.nextInt(gap - 70);
				Color c = goods[r.nextInt(goods.length)];
				// Real shelves hold runs of one product, which is what makes them read as shelves.
				for (int k = 0; k < run && x + w < W - 50; k++, x += w + 4) {
					product(g, kind, x, floor - 12, w, h, c);
				}
				x += 10 + r.nextInt(16);
			}
			softShadow(g, new Rectangle2D.Double(30, floor - 12, W - 60, 14), 0, 6, 8);
			g.setPaint(new GradientPaint(0, floor - 12, metal, 0, floor + 2, mix(metal, p.ink(), 0.3)));
			g.fillRect(30, floor - 12, W - 60, 14);
		}
		verticalGradient(g, shelfBottom + 10, H, mix(p.soft(), p.mid(), 0.3), mix(p.mid(), p.deep(), 0.3));
		g.setColor(mix(metal, p.ink(), 0.2));
		g.fillRect(30, shelfTop - 20, 14, shelfBottom - shelfTop + 30);
		g.fillRect(W - 44, shelfTop - 20, 14, shelfBottom - shelfTop + 30);
		boolean rightSide = r.nextBoolean();
		cart(g, p, rightSide ? W - 430 + r.nextInt(60) : 90 + r.nextInt(60), H - 330, rightSide);
	}

	private static void bank(Graphics2D g, Random r, Palette p) {
		int ground = H - 70;
		verticalGradient(g, 0, ground, mix(p.soft(), p.mid(), 0.25), p.paper());
		verticalGradient(g, ground, H, mix(p.soft(), p.paper(), 0.3), p.soft());
		Color stone = mix(new Color(0xe8e1d4), p.paper(), 0.4), stoneShade = mix(stone, p.deep(), 0.3);
		int columns = 6 + 2 * r.nextInt(2), width = 640 + r.nextInt(160), cx = W / 2 + r.nextInt(120) - 60;
		int left = cx - width / 2, steps = 4, stepH = 14, colBottom = ground - steps * stepH;
		int colTop = colBottom - 250, entTop = colTop - 52, pedTop = entTop - 110;
		officeWings(g, p, left - 120 - r.nextInt(80), left + width + 120 + r.nextInt(80), entTop + 14, colBottom,
				stone);
		g.setColor(mix(stoneShade, p.ink(), 0.45));
		g.fillRect(left + 10, colTop, width - 20, colBottom - colTop);
		g.setColor(mix(p.ink(), stoneShade, 0.3));
		g.fillRect(cx - 45, colBottom - 150, 90, 150);
		double pitch = (width - 60.0) / (columns - 1), cw = Math.min(46, pitch * 0.45);
		for (int i = 0; i < columns; i++) {
			column(g, left + 30 + i * pitch - cw / 2, colTop, colBottom, cw, stone, stoneShade);
		}
		g.setPaint(new GradientPaint(0, entTop, stone, 0, colTop, stoneShade));
		g.fillRect(left - 10, entTop, width + 20, colTop - entTop);
		g.setColor(stoneShade);
		g.fillRect(left - 10, entTop + 16, width + 20, 3);
		Polygon pediment = new Polygon(new int[] { left - 24, cx, left + width + 24 },
				new int[] { entTop, pedTop, entTop }, 3);
		g.setColor(stone);
		g.fill(pediment);
		g.setColor(mix(stone, p.deep(), 0.18));
		g.fill(new Polygon(new int[] { left + 40, cx, left + width - 40 }, new int[] { entTop - 12, pedTop + 30,
				entTop - 12 }, 3));
		for (int s = 0; s < steps; s++) {
			g.setColor(s % 2 == 0 ? stone : mix(stone, stoneShade, 0.5));
			g.fillRect(left - 20 - s * 22, colBottom + s * stepH, width + 40 + s * 44, stepH);
		}
	}

	private static void building(Graphics2D g, Random r, Palette p) {
		g.setPaint(new GradientPaint(0, 0, mix(p.mid(), p.deep(), 0.3), 0, H, mix(p.soft(), p.paper(), 0.5)));
		g.fillRect(0, 0, W, H);
		// A worm's-eye view: vertical edges converge on a point above the frame.
		double vx = W * (0.4 + r.nextDouble() * 0.2), vy = -900 - r.nextInt(400);
		double corner = W * (0.42 + r.nextDouble() * 0.16), leftEdge = corner - 330 - r.nextInt(100);
		double rightEdge = corner + 260 + r.nextInt(120);
		int floors = 18 + r.nextInt(8);
		Color glass = mix(p.mid(), p.soft(), 0.5);
		tower(g, vx, vy, leftEdge, corner, floors, glass.brighter(), mix(p.deep(), glass, 0.5), p, r);
		tower(g, vx, vy, corner, rightEdge, floors, mix(p.deep(), glass, 0.3), p.ink(), p, r);
		// A neighbouring block in the corner anchors the scale.
		double nx = r.nextBoolean() ? -40 : W - 200;
		tower(g, vx, vy, nx, nx + 240, 12, mix(p.ink(), p.deep(), 0.5), p.ink(), p, r);
		g.setColor(alpha(p.paper(), 200));
		g.setStroke(new BasicStroke(3f));
		g.draw(new Line2D.Double(corner, H, corner + (vx - corner) * TOWER_RISE, H + (vy - H) * TOWER_RISE));
	}

	private static void meeting(Graphics2D g, Random r, Palette p) {
		verticalGradient(g, 0, H, mix(p.mid(), p.soft(), 0.4), mix(p.mid(), p.deep(), 0.25));
		// A faint carpet weave so the floor isn't a flat fill.
		g.setColor(alpha(p.paper(), 14));
		for (int x = 0; x < W; x += 24) {
			g.fillRect(x, 0, 12, H);
		}
		double tw = 720 + r.nextInt(80), th = 270 + r.nextInt(30), tx = (W - tw) / 2, ty = (H - th) / 2;
		Color wood = r.nextBoolean() ? new Color(0x9a7b5f) : mix(p.paper(), p.soft(), 0.3);
		int perSide = 4 + r.nextInt(2);
		Color[] shirts = { p.deep(), p.paper(), p.mid(), p.accent(), p.soft(), p.ink() };
		for (int i = 0; i < perSide * 2 + 2; i++) {
			double x, y, angle;
			if (i < perSide * 2) {
				x = tx + tw * (i % perSide + 0.5) / perSide;
				y = i < perSide ? ty - 48 : ty + th + 48;
				angle = i < perSide ? 0 : Math.PI;
			}
			else {
				x = i == perSide * 2 ? tx - 52 : tx + tw + 52;
				y = ty + th / 2;
				angle = i == perSide * 2 ? -Math.PI / 2 : Math.PI / 2;
			}
			seat(g, p, x, y, angle, r.nextInt(5) != 0 ? shirts[r.nextInt(shirts.length)] : null);
		}
		RoundRectangle2D table = new RoundRectangle2D.Double(tx, ty, tw, th, 120, 120);
		softShadow(g, table, 8, 12, 16);
		g.setPaint(new GradientPaint((float) tx, (float) ty, wood.brighter(), (float) (tx + tw), (float) (ty + th),
				wood));
		g.fill(table);
		for (int i = 0; i < perSide * 2; i++) {
			double x = tx + tw * (i % perSide + 0.5) / perSide, y = i < perSide ? ty + 55 : ty + th - 55;
			tableItem(g, r, p, x, y, i < perSide ? 0 : Math.PI);
		}
		g.setColor(alpha(p.ink(), 60));
		g.fill(new Ellipse2D.Double(W / 2.0 - 26, H / 2.0 - 26, 52, 52));
		g.setColor(mix(p.ink(), p.mid(), 0.3));
		g.fill(new Ellipse2D.Double(W / 2.0 - 20, H / 2.0 - 20, 40, 40));
	}

	private static void phone(Graphics2D g, Random r, Palette p) {
		g.setPaint(new GradientPaint(0, 0, p.deep(), W, H, mix(p.mid(), p.ink(), 0.3)));
		g.fillRect(0, 0, W, H);
		// Out-of-focus lights in the background, the usual product-shot backdrop.
		for (int i = 0; i < 14; i++) {
			double d = 60 + r.nextInt(180);
			g.setColor(alpha(i % 4 == 0 ? p.accent() : p.soft(), 10 + r.nextInt(18)));
			g.fill(new Ellipse2D.Double(r.nextInt(W) - d / 2, r.nextInt(H) - d / 2, d, d));
		}
		double pw = 280, ph = 560, px = W * (0.28 + r.nextDouble() * 0.14) - pw / 2, py = (H - ph) / 2;
		double tilt = Math.toRadians(r.nextInt(17) - 8);
		// The waves leave the phone's right edge, into the empty half of the frame.
		Point2D.Double antenna = new Point2D.Double(px + pw + 10, py + ph * 0.3);
		AffineTransform turn = AffineTransform.getRotateInstance(tilt, px + pw / 2, py + ph / 2);
		turn.transform(antenna, antenna);
		g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int i = 1; i <= 4; i++) {
			double rad = 30 + i * 60;
			g.setColor(alpha(i % 2 == 0 ? p.soft() : p.accent(), 220 - i * 40));
			g.draw(new Arc2D.Double(antenna.x - rad, antenna.y - rad, rad * 2, rad * 2, -35 - Math.toDegrees(tilt), 70,
					Arc2D.OPEN));
		}
		Graphics2D pg = (Graphics2D) g.create();
		pg.transform(turn);
		RoundRectangle2D body = new RoundRectangle2D.Double(px, py, pw, ph, 56, 56);
		softShadow(pg, body, 16, 20, 24);
		pg.setPaint(new GradientPaint((float) px, 0, mix(p.ink(), p.mid(), 0.3), (float) (px + pw), 0, p.ink()));
		pg.fill(body);
		phoneScreen(pg, r, p, new RoundRectangle2D.Double(px + 12, py + 12, pw - 24, ph - 24, 44, 44));
		pg.dispose();
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

	// ---- pieces used by the motifs ------------------------------------------------------------

	private static void chartGrid(Graphics2D g, Color colour, int left, int right, int top, int bottom,
			int volBottom) {
		g.setStroke(new BasicStroke(1f));
		g.setColor(colour);
		for (int i = 0; i <= 6; i++) {
			int y = top + (bottom - top) * i / 6;
			g.drawLine(left, y, right, y);
		}
		for (int i = 0; i <= 10; i++) {
			int x = left + (right - left) * i / 10;
			g.drawLine(x, top, x, volBottom);
		}
	}

	/** A gently drifting price series: small steps with a slight random bias, like a real quote. */
	private static double[] randomWalk(Random r, int n) {
		double[] values = new double[n];
		double drift = (r.nextDouble() - 0.45) * 0.6;
		values[0] = 100;
		for (int i = 1; i < n; i++) {
			values[i] = values[i - 1] + drift + r.nextGaussian() * 1.6;
		}
		return values;
	}

	private static void candle(Graphics2D g, double x, double step, double yh, double yl, double yo, double yc,
			boolean bar) {
		g.setStroke(new BasicStroke(bar ? 2.5f : 1.6f));
		g.draw(new Line2D.Double(x, yh, x, yl));
		if (bar) {
			// OHLC bars: open tick to the left, close tick to the right.
			g.draw(new Line2D.Double(x - step * 0.3, yo, x, yo));
			g.draw(new Line2D.Double(x, yc, x + step * 0.3, yc));
		}
		else {
			double height = Math.max(2, Math.abs(yo - yc));
			g.fill(new Rectangle2D.Double(x - step * 0.32, Math.min(yo, yc), step * 0.64, height));
		}
	}

	/** A five-period moving average with a faint fill under it: the line readers' eyes follow. */
	private static void trendLine(Graphics2D g, double[] close, int n, double left, double step, double base,
			double min, double scale, Color colour) {
		Path2D line = new Path2D.Double();
		for (int i = 1; i <= n; i++) {
			double sum = 0;
			int count = 0;
			for (int k = Math.max(1, i - 4); k <= i; k++, count++) {
				sum += close[k];
			}
			double x = left + (i - 0.5) * step, y = base - (sum / count - min) * scale;
			if (i == 1) {
				line.moveTo(x, y);
			}
			else {
				line.lineTo(x, y);
			}
		}
		Path2D area = new Path2D.Double(line);
		area.lineTo(left + (n - 0.5) * step, base + 15);
		area.lineTo(left + 0.5 * step, base + 15);
		area.closePath();
		g.setPaint(new GradientPaint(0, (float) (base - 300), alpha(colour, 50), 0, (float) base, alpha(colour, 0)));
		g.fill(area);
		g.setColor(colour);
		g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(line);
	}

	/** One row of buildings; windowChance 0 gives a flat silhouette for the far layer. */
	private static void skyline(Graphics2D g, Random r, Color colour, int base, int minH, int maxH,
			double windowChance) {
		int x = -20 - r.nextInt(40);
		while (x < W) {
			int w = 50 + r.nextInt(90), h = minH + r.nextInt(maxH - minH);
			// Offices empty out unevenly at dusk, so each building gets its own share of lit windows.
			double lit = windowChance * (0.3 + r.nextDouble() * 1.1);
			Color face = alpha(mix(colour, Color.BLACK, r.nextDouble() * 0.25), colour.getAlpha());
			g.setColor(face);
			g.fillRect(x, base - h, w, h);
			if (r.nextInt(4) == 0) {
				g.fillRect(x + w / 4, base - h - 20, w / 2, 20);
			}
			if (r.nextInt(5) == 0) {
				g.fillRect(x + w / 2 - 1, base - h - 60, 3, 60);
			}
			for (int wy = base - h + 14; wy < base - 12 && lit > 0; wy += 18) {
				for (int wx = x + 8; wx < x + w - 12; wx += 14) {
					if (r.nextDouble() < lit) {
						g.setColor(alpha(WINDOW_LIGHT, 120 + r.nextInt(120)));
						g.fillRect(wx, wy, 7, 9);
					}
				}
			}
			x += w + r.nextInt(12);
		}
	}

	private static void smoke(Graphics2D g, Random r, int x, int top, Palette p) {
		double sx = x, sy = top, wind = 2 + r.nextDouble() * 3;
		Color puff = mix(p.paper(), p.soft(), 0.4);
		// Many small, faint, jittered puffs blend into a plume; a few big ones would look like beads.
		for (int i = 0; i < 30; i++) {
			double d = 24 + i * 4.5 + r.nextInt(12);
			g.setColor(alpha(puff, Math.max(6, 70 - i * 2)));
			g.fill(new Ellipse2D.Double(sx - d / 2 + r.nextInt(9) - 4, sy - d / 2 + r.nextInt(9) - 4, d, d));
			sx += wind * 1.6 + r.nextDouble() * 5;
			sy -= 3 + r.nextDouble() * 4;
		}
	}

	private static void conveyor(Graphics2D g, Random r, Palette p, int y) {
		Color frame = mix(p.ink(), p.deep(), 0.5);
		RoundRectangle2D belt = new RoundRectangle2D.Double(-30, y, W + 60, 34, 34, 34);
		softShadow(g, belt, 0, 14, 12);
		g.setColor(frame);
		g.fill(belt);
		g.setColor(mix(frame, p.soft(), 0.35));
		for (int x = 0; x < W; x += 60) {
			g.fill(new Ellipse2D.Double(x + 8, y + 7, 20, 20));
			g.fillRect(x + 14, y + 34, 8, H - y - 34);
		}
		Color cardboard = mix(new Color(0xc49a6c), p.accent(), 0.2);
		int x = r.nextInt(80);
		while (x < W) {
			int w = 90 + r.nextInt(50), h = 60 + r.nextInt(40);
			g.setPaint(new GradientPaint(0, y - h, cardboard.brighter(), 0, y, cardboard.darker()));
			g.fillRect(x, y - h, w, h);
			g.setColor(alpha(new Color(0x6b4f33), 120));
			g.fillRect(x + w / 2 - 6, y - h, 12, h);
			x += w + 60 + r.nextInt(140);
		}
	}

	private static void wafer(Graphics2D g, Random r, Palette p, double cx, double cy) {
		double rad = 360;
		Ellipse2D disc = new Ellipse2D.Double(cx - rad, cy - rad, rad * 2, rad * 2);
		g.setPaint(new RadialGradientPaint((float) (cx - rad / 3), (float) (cy - rad / 3), (float) (rad * 1.4),
				new float[] { 0f, 1f }, new Color[] { alpha(p.soft(), 110), alpha(p.mid(), 60) }));
		g.fill(disc);
		Shape oldClip = g.getClip();
		g.clip(disc);
		g.setStroke(new BasicStroke(1.2f));
		double die = 44 + r.nextInt(16);
		for (double x = cx - rad; x < cx + rad; x += die) {
			for (double y = cy - rad; y < cy + rad; y += die) {
				g.setColor(alpha(r.nextInt(6) == 0 ? p.accent() : p.paper(), 20 + r.nextInt(30)));
				g.fill(new Rectangle2D.Double(x + 3, y + 3, die - 6, die - 6));
			}
		}
		g.setClip(oldClip);
	}

	/** The package body and the die inside it: memory-like blocks around a glowing core. */
	private static void die(Graphics2D g, Random r, Palette p, double cx, double cy, double size) {
		RoundRectangle2D pkg = new RoundRectangle2D.Double(cx - size / 2, cy - size / 2, size, size, 18, 18);
		softShadow(g, pkg, 10, 14, 20);
		g.setPaint(new GradientPaint((float) (cx - size / 2), (float) (cy - size / 2), mix(p.ink(), p.mid(), 0.35),
				(float) (cx + size / 2), (float) (cy + size / 2), p.ink()));
		g.fill(pkg);
		double inner = size * 0.62, ix = cx - inner / 2, iy = cy - inner / 2;
		g.setColor(mix(p.deep(), p.soft(), 0.25));
		g.fill(new Rectangle2D.Double(ix, iy, inner, inner));
		int cells = 6;
		double cell = inner / cells;
		for (int i = 0; i < cells; i++) {
			for (int j = 0; j < cells; j++) {
				boolean core = i >= 2 && i <= 3 && j >= 2 && j <= 3;
				if (!core) {
					g.setColor(alpha(mix(p.soft(), p.paper(), r.nextDouble()), 60 + r.nextInt(90)));
					g.fill(new Rectangle2D.Double(ix + i * cell + 3, iy + j * cell + 3, cell - 6, cell - 6));
				}
			}
		}
		g.setPaint(new RadialGradientPaint((float) cx, (float) cy, (float) (cell * 2.6), new float[] { 0f, 1f },
				new Color[] { alpha(p.accent(), 200), alpha(p.accent(), 0) }));
		g.fill(new Rectangle2D.Double(cx - cell * 2.6, cy - cell * 2.6, cell * 5.2, cell * 5.2));
		g.setColor(mix(p.accent(), Color.WHITE, 0.25));
		g.fill(new Rectangle2D.Double(cx - cell + 4, cy - cell + 4, cell * 2 - 8, cell * 2 - 8));
	}

	/** A generic compact car in profile, facing right, wheels resting on baseY. */
	private static void car(Graphics2D g, Random r, Palette p, double x0, double baseY, double s, Color paint) {
		Graphics2D cg = (Graphics2D) g.create();
		cg.translate(x0, baseY);
		cg.scale(s, s);
		cg.setColor(alpha(Color.BLACK, 70));
		cg.fill(new Ellipse2D.Double(20, -14, 580, 28));
		GeneralPath body = carBody();
		cg.setPaint(new GradientPaint(0, -224, paint.brighter(), 0, -28, mix(paint, p.ink(), 0.35)));
		cg.fill(body);
		GeneralPath glass = new GeneralPath();
		glass.moveTo(172, -148);
		glass.curveTo(214, -204, 256, -212, 318, -212);
		glass.curveTo(372, -212, 398, -194, 432, -152);
		glass.closePath();
		cg.setPaint(new GradientPaint(0, -212, mix(p.soft(), p.paper(), 0.3), 0, -148, p.deep()));
		cg.fill(glass);
		cg.setStroke(new BasicStroke(8f));
		cg.setColor(mix(paint, p.ink(), 0.25));
		cg.draw(new Line2D.Double(316, -214, 310, -146));
		cg.setStroke(new BasicStroke(2f));
		cg.setColor(alpha(p.ink(), 90));
		cg.draw(new Line2D.Double(308, -142, 304, -40));
		cg.draw(new Line2D.Double(440, -146, 446, -44));
		cg.setColor(alpha(Color.WHITE, 90));
		cg.draw(new Line2D.Double(30, -100, 590, -98));
		cg.setColor(new Color(0xfff3d6));
		cg.fill(new RoundRectangle2D.Double(566, -122, 30, 14, 8, 8));
		cg.setColor(new Color(0xc0392b));
		cg.fill(new RoundRectangle2D.Double(16, -122, 16, 20, 6, 6));
		// Wheel wells: dark only where they cut into the body, so the arch follows the bodywork.
		cg.clip(body);
		cg.setColor(mix(paint, p.ink(), 0.8));
		cg.fill(new Ellipse2D.Double(132 - 64, -54 - 64, 128, 128));
		cg.fill(new Ellipse2D.Double(472 - 64, -54 - 64, 128, 128));
		cg.setClip(null);
		double spin = r.nextDouble() * Math.PI;
		wheel(cg, 132, -54, spin);
		wheel(cg, 472, -54, spin + 0.7);
		cg.dispose();
	}

	/** The car's outline: 600 units long, facing right, ground at y = 0. */
	private static GeneralPath carBody() {
		GeneralPath body = new GeneralPath();
		body.moveTo(30, -28);
		body.lineTo(16, -92);
		body.quadTo(18, -130, 62, -136);
		body.lineTo(150, -144);
		body.curveTo(200, -214, 250, -224, 320, -224);
		body.curveTo(385, -224, 410, -200, 452, -152);
		body.lineTo(560, -134);
		body.quadTo(600, -126, 598, -86);
		body.lineTo(590, -28);
		body.closePath();
		return body;
	}

	private static void wheel(Graphics2D g, double cx, double cy, double spin) {
		g.setColor(new Color(0x1c1c1e));
		g.fill(new Ellipse2D.Double(cx - 54, cy - 54, 108, 108));
		g.setPaint(new RadialGradientPaint((float) cx, (float) cy, 34, new float[] { 0f, 1f },
				new Color[] { new Color(0xe3e6ea), new Color(0x8d949c) }));
		g.fill(new Ellipse2D.Double(cx - 34, cy - 34, 68, 68));
		g.setColor(new Color(0x5a6068));
		g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int i = 0; i < 5; i++) {
			double a = spin + i * Math.PI * 2 / 5;
			g.draw(new Line2D.Double(cx + Math.cos(a) * 9, cy + Math.sin(a) * 9, cx + Math.cos(a) * 30,
					cy + Math.sin(a) * 30));
		}
		g.fill(new Ellipse2D.Double(cx - 8, cy - 8, 16, 16));
	}

	/** kind 0: box, 1: bottle, 2: can. A pale band stands in for the label. */
	private static void product(Graphics2D g, int kind, int x, int floor, int w, int h, Color c) {
		Shape shape = switch (kind) {
			case 1 -> {
				Path2D bottle = new Path2D.Double(new RoundRectangle2D.Double(x, floor - h * 0.7, w, h * 0.7, 10, 10));
				bottle.append(new RoundRectangle2D.Double(x + w * 0.3, floor - h, w * 0.4, h * 0.35, 4, 4), false);
				yield bottle;
			}
			case 2 -> new RoundRectangle2D.Double(x, floor - h * 0.6, w, h * 0.6, 8, 8);
			default -> new Rectangle2D.Double(x, floor - h, w, h);
		};
		Rectangle2D box = shape.getBounds2D();
		g.setPaint(new GradientPaint(x, 0, c.brighter(), x + w, 0, mix(c, Color.BLACK, 0.25)));
		g.fill(shape);
		g.setColor(alpha(Color.WHITE, 110));
		double labelY = kind == 1 ? floor - h * 0.45 : box.getY() + box.getHeight() * 0.35;
		g.fill(new Rectangle2D.Double(x + 2, labelY, w - 4, Math.min(22, box.getHeight() * 0.3)));
	}

	/** A wire shopping cart; facing left when it stands on the right so it looks into the picture. */
	private static void cart(Graphics2D g, Palette p, int x, int y, boolean faceLeft) {
		Graphics2D cg = (Graphics2D) g.create();
		cg.translate(x + (faceLeft ? 330 : 0), y);
		if (faceLeft) {
			cg.scale(-1, 1);
		}
		Color chrome = mix(p.ink(), p.mid(), 0.35);
		cg.setColor(alpha(Color.BLACK, 50));
		cg.fill(new Ellipse2D.Double(10, 290, 320, 26));
		Polygon basket = new Polygon(new int[] { 20, 320, 290, 60 }, new int[] { 40, 40, 200, 200 }, 4);
		cg.setColor(alpha(p.paper(), 70));
		cg.fill(basket);
		Shape oldClip = cg.getClip();
		cg.clip(basket);
		cg.setStroke(new BasicStroke(2.5f));
		cg.setColor(chrome);
		for (int i = 0; i < 320; i += 18) {
			cg.drawLine(i, 40, i + 10, 200);
		}
		for (int j = 40; j < 200; j += 20) {
			cg.drawLine(0, j, 330, j);
		}
		cg.setClip(oldClip);
		cg.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		cg.draw(basket);
		cg.drawLine(20, 40, -30, 0);
		cg.setColor(p.accent());
		cg.drawLine(-34, -4, -44, 8);
		cg.setColor(chrome);
		cg.drawLine(60, 200, 70, 270);
		cg.drawLine(290, 200, 280, 270);
		cg.drawLine(50, 270, 300, 270);
		cg.setColor(p.ink());
		cg.fill(new Ellipse2D.Double(52, 272, 28, 28));
		cg.fill(new Ellipse2D.Double(266, 272, 28, 28));
		cg.dispose();
	}

	/** Plain office wings behind the bank's temple front: what a bank headquarters actually looks like. */
	private static void officeWings(Graphics2D g, Palette p, int left, int right, int top, int bottom, Color stone) {
		g.setPaint(new GradientPaint(0, top, mix(stone, p.soft(), 0.3), 0, bottom, mix(stone, p.mid(), 0.35)));
		g.fillRect(left, top, right - left, bottom - top);
		g.setColor(mix(p.deep(), p.soft(), 0.45));
		for (int wy = top + 30; wy < bottom - 60; wy += 78) {
			for (int wx = left + 22; wx < right - 30; wx += 44) {
				g.fillRect(wx, wy, 20, 48);
			}
		}
	}

	private static void column(Graphics2D g, double x, int top, int bottom, double width, Color stone, Color shade) {
		// A horizontal gradient is all it takes for a flat rectangle to read as a round column.
		g.setPaint(new LinearGradientPaint((float) x, 0, (float) (x + width), 0, new float[] { 0f, 0.35f, 1f },
				new Color[] { shade, stone.brighter(), shade }));
		g.fill(new Rectangle2D.Double(x, top + 12, width, bottom - top - 22));
		g.setColor(stone);
		g.fill(new Rectangle2D.Double(x - 7, top, width + 14, 12));
		g.fill(new Rectangle2D.Double(x - 7, bottom - 10, width + 14, 10));
	}

	/**
	 * One glass face of a tower from bottomLeft to bottomRight at the foot of the frame, rising
	 * towards the vanishing point; floors bunch up with height as they would in a real photo.
	 */
	private static void tower(Graphics2D g, double vx, double vy, double bottomLeft, double bottomRight, int floors,
			Color top, Color bottom, Palette p, Random r) {
		double t = TOWER_RISE;
		double topLeft = bottomLeft + (vx - bottomLeft) * t, topRight = bottomRight + (vx - bottomRight) * t;
		double topY = H + (vy - H) * t;
		Path2D face = new Path2D.Double();
		face.moveTo(bottomLeft, H);
		face.lineTo(topLeft, topY);
		face.lineTo(topRight, topY);
		face.lineTo(bottomRight, H);
		face.closePath();
		g.setPaint(new GradientPaint(0, (float) topY, top, 0, H, bottom));
		g.fill(face);
		Shape oldClip = g.getClip();
		g.clip(face);
		// Sky reflected in the glass: a couple of soft diagonal bands.
		for (int i = 0; i < 2; i++) {
			double bx = bottomLeft + r.nextDouble() * (bottomRight - bottomLeft);
			g.setColor(alpha(p.paper(), 30 + r.nextInt(30)));
			g.fill(new Polygon(new int[] { (int) bx, (int) bx + 120, (int) bx + 420, (int) bx + 300 },
					new int[] { H, H, -10, -10 }, 4));
		}
		g.setColor(alpha(p.ink(), 120));
		g.setStroke(new BasicStroke(1.6f));
		for (int i = 1; i < floors; i++) {
			double u = i / (double) floors, f = u * 3 / (1 + 2 * u), y = H + (topY - H) * f;
			double k = (y - H) / (vy - H);
			g.draw(new Line2D.Double(bottomLeft + (vx - bottomLeft) * k, y, bottomRight + (vx - bottomRight) * k, y));
		}
		int mullions = (int) Math.max(3, (bottomRight - bottomLeft) / 55);
		for (int i = 1; i < mullions; i++) {
			double bx = bottomLeft + (bottomRight - bottomLeft) * i / mullions;
			g.draw(new Line2D.Double(bx, H, bx + (vx - bx) * t, topY));
		}
		g.setClip(oldClip);
	}

	/** A chair seen from above, with a person in it when shirt is non-null; angle 0 faces down. */
	private static void seat(Graphics2D g, Palette p, double x, double y, double angle, Color shirt) {
		Graphics2D sg = (Graphics2D) g.create();
		sg.translate(x, y);
		sg.rotate(angle);
		RoundRectangle2D chair = new RoundRectangle2D.Double(-34, -34, 68, 64, 22, 22);
		softShadow(sg, chair, 4, 6, 8);
		sg.setColor(mix(p.ink(), p.deep(), 0.4));
		sg.fill(chair);
		sg.setColor(p.ink());
		sg.fill(new RoundRectangle2D.Double(-36, -44, 72, 18, 16, 16));
		if (shirt != null) {
			sg.setPaint(new GradientPaint(0, -30, shirt.brighter(), 0, 20, mix(shirt, p.ink(), 0.3)));
			sg.fill(new Ellipse2D.Double(-40, -22, 80, 44));
			sg.setColor(new Color(0x2a2420));
			sg.fill(new Ellipse2D.Double(-17, -14, 34, 36));
		}
		sg.dispose();
	}

	/** Papers, a laptop or a cup in front of a seat; angle turns it to face the sitter. */
	private static void tableItem(Graphics2D g, Random r, Palette p, double x, double y, double angle) {
		Graphics2D ig = (Graphics2D) g.create();
		ig.translate(x, y);
		ig.rotate(angle + Math.toRadians(r.nextInt(21) - 10));
		int kind = r.nextInt(3);
		if (kind == 0) {
			ig.setColor(mix(p.ink(), p.mid(), 0.2));
			ig.fill(new RoundRectangle2D.Double(-44, -30, 88, 60, 8, 8));
			ig.setColor(mix(p.soft(), p.mid(), 0.3));
			ig.fill(new RoundRectangle2D.Double(-38, -24, 76, 40, 4, 4));
		}
		else {
			Rectangle2D sheet = new Rectangle2D.Double(-30, -40, 60, 80);
			softShadow(ig, sheet, 2, 3, 4);
			ig.setColor(new Color(0xfbfaf7));
			ig.fill(sheet);
			// Grey rules hint at printed lines without drawing any glyphs.
			ig.setColor(alpha(p.mid(), 110));
			for (int ly = -30; ly < 30; ly += 9) {
				ig.fillRect(-22, ly, 30 + (ly * 7 & 14), 3);
			}
		}
		if (kind == 2 || r.nextInt(3) == 0) {
			ig.setColor(new Color(0xf4f1ec));
			ig.fill(new Ellipse2D.Double(40, -10, 30, 30));
			ig.setColor(new Color(0x5a3b26));
			ig.fill(new Ellipse2D.Double(45, -5, 20, 20));
		}
		ig.dispose();
	}

	private static void phoneScreen(Graphics2D g, Random r, Palette p, RoundRectangle2D screen) {
		double x = screen.getX(), y = screen.getY(), w = screen.getWidth(), h = screen.getHeight();
		g.setPaint(new GradientPaint(0, (float) y, p.paper(), 0, (float) (y + h), mix(p.paper(), p.soft(), 0.5)));
		g.fill(screen);
		Shape oldClip = g.getClip();
		g.clip(screen);
		g.setColor(p.deep());
		g.fill(new Rectangle2D.Double(x, y, w, 110));
		g.setColor(p.ink());
		g.fill(new RoundRectangle2D.Double(x + w / 2 - 40, y + 10, 80, 22, 22, 22));
		// A small line chart card: the stock-app look that fits a business desk.
		g.setColor(Color.WHITE);
		RoundRectangle2D card = new RoundRectangle2D.Double(x + 16, y + 70, w - 32, 150, 18, 18);
		softShadow(g, card, 0, 4, 6);
		g.fill(card);
		double[] series = randomWalk(r, 12);
		Path2D spark = new Path2D.Double();
		for (int i = 0; i < series.length; i++) {
			double sx = x + 34 + i * (w - 68) / (series.length - 1), sy = y + 170 - (series[i] - 100) * 5;
			sy = Math.max(y + 88, Math.min(y + 205, sy));
			if (i == 0) {
				spark.moveTo(sx, sy);
			}
			else {
				spark.lineTo(sx, sy);
			}
		}
		g.setColor(p.accent());
		g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(spark);
		Color[] tiles = { p.accent(), p.mid(), p.deep(), p.soft() };
		double tile = (w - 32 - 2 * 14) / 3;
		for (int i = 0; i < 9; i++) {
			double tx = x + 16 + (i % 3) * (tile + 14), ty = y + 240 + (i / 3) * (tile + 14);
			g.setColor(tiles[r.nextInt(tiles.length)]);
			g.fill(new RoundRectangle2D.Double(tx, ty, tile, tile, 22, 22));
		}
		g.setColor(alpha(p.ink(), 60));
		g.fill(new RoundRectangle2D.Double(x + w / 2 - 50, y + h - 18, 100, 6, 6, 6));
		g.setClip(oldClip);
	}

	// ---- small helpers ------------------------------------------------------------------------

	private static void verticalGradient(Graphics2D g, int y0, int y1, Color top, Color bottom) {
		g.setPaint(new GradientPaint(0, y0, top, 0, y1, bottom));
		g.fillRect(0, y0, W, y1 - y0);
	}

	/**
	 * A cheap soft shadow: nested translucent strokes fading outward. A real blur would need
	 * an extra image and a convolution, far too slow for the budget.
	 */
	private static void softShadow(Graphics2D g, Shape shape, double dx, double dy, int spread) {
		Graphics2D sg = (Graphics2D) g.create();
		sg.translate(dx, dy);
		sg.setColor(new Color(0, 0, 0, 10));
		for (int i = spread; i > 0; i -= Math.max(1, spread / 6)) {
			sg.setStroke(new BasicStroke(i * 2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			sg.draw(shape);
		}
		sg.setColor(new Color(0, 0, 0, 40));
		sg.fill(shape);
		sg.dispose();
	}

	/** Darkened corners, as a lens gives them; it also ties the flat shapes together. */
	private static void vignette(Graphics2D g, Palette p) {
		g.setPaint(new RadialGradientPaint(W / 2f, H / 2f, W * 0.75f, new float[] { 0.55f, 1f },
				new Color[] { alpha(p.ink(), 0), alpha(p.ink(), 90) }));
		g.fillRect(0, 0, W, H);
	}

	private static Palette palette(int ink, int deep, int mid, int soft, int paper, int accent) {
		return new Palette(new Color(ink), new Color(deep), new Color(mid), new Color(soft), new Color(paper),
				new Color(accent));
	}

	private static Color mix(Color a, Color b, double t) {
		double u = Math.max(0, Math.min(1, t));
		return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
				(int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
				(int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
	}

	private static Color alpha(Color c, int alpha) {
		return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(255, alpha)));
	}
}

package kr.cjournal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

import static kr.cjournal.demo.DrawingKit.H;
import static kr.cjournal.demo.DrawingKit.W;
import static kr.cjournal.demo.DrawingKit.WINDOW_LIGHT;
import static kr.cjournal.demo.DrawingKit.alpha;
import static kr.cjournal.demo.DrawingKit.mix;
import static kr.cjournal.demo.DrawingKit.softShadow;
import static kr.cjournal.demo.DrawingKit.verticalGradient;

/** Industry: a factory hall with chimneys and a conveyor, a chip on its board in front of a wafer. */
final class IndustryMotifs {

	private IndustryMotifs() {
	}

	static void factory(Graphics2D g, Random r, Palette p) {
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

	static void chip(Graphics2D g, Random r, Palette p) {
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
}

package kr.cjournal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

import static kr.cjournal.demo.DrawingKit.H;
import static kr.cjournal.demo.DrawingKit.W;
import static kr.cjournal.demo.DrawingKit.WINDOW_LIGHT;
import static kr.cjournal.demo.DrawingKit.alpha;
import static kr.cjournal.demo.DrawingKit.mix;
import static kr.cjournal.demo.DrawingKit.verticalGradient;

/** Cities and towers: a skyline at dusk over water, an office tower seen from below. */
final class CityMotifs {

	/** How far up towards their vanishing point the towers are drawn; well past the frame's top. */
	private static final double TOWER_RISE = 0.62;

	private CityMotifs() {
	}

	static void city(Graphics2D g, Random r, Palette p) {
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

	static void building(Graphics2D g, Random r, Palette p) {
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
}

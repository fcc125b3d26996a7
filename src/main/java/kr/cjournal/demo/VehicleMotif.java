package kr.cjournal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

import static kr.cjournal.demo.DrawingKit.H;
import static kr.cjournal.demo.DrawingKit.W;
import static kr.cjournal.demo.DrawingKit.alpha;
import static kr.cjournal.demo.DrawingKit.mix;
import static kr.cjournal.demo.DrawingKit.verticalGradient;

/** A car on the road, in motion. */
final class VehicleMotif {

	private VehicleMotif() {
	}

	static void vehicle(Graphics2D g, Random r, Palette p) {
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
}

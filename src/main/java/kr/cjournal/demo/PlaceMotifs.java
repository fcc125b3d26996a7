package kr.cjournal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

import static kr.cjournal.demo.DrawingKit.H;
import static kr.cjournal.demo.DrawingKit.W;
import static kr.cjournal.demo.DrawingKit.alpha;
import static kr.cjournal.demo.DrawingKit.mix;
import static kr.cjournal.demo.DrawingKit.softShadow;
import static kr.cjournal.demo.DrawingKit.verticalGradient;

/** Places of business: a shop's shelves with a cart, a bank's front, a meeting table from above. */
final class PlaceMotifs {

	private PlaceMotifs() {
	}

	static void retail(Graphics2D g, Random r, Palette p) {
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

	static void bank(Graphics2D g, Random r, Palette p) {
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

	static void meeting(Graphics2D g, Random r, Palette p) {
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
}

package kr.cjournal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

import static kr.cjournal.demo.DrawingKit.H;
import static kr.cjournal.demo.DrawingKit.W;
import static kr.cjournal.demo.DrawingKit.alpha;
import static kr.cjournal.demo.DrawingKit.mix;
import static kr.cjournal.demo.DrawingKit.softShadow;
import static kr.cjournal.demo.DrawingKit.verticalGradient;

/** The markets desk's pictures: a price chart and a phone showing a stock app. */
final class MarketMotifs {

	private MarketMotifs() {
	}

	static void chart(Graphics2D g, Random r, Palette p) {
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

	static void phone(Graphics2D g, Random r, Palette p) {
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
}

package kr.cjournal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;

/** What every motif draws with: the frame's size, gradients, soft shadows and colour mixing. */
final class DrawingKit {

	static final int W = 1200;

	static final int H = 675;

	/** The warm light of office windows at dusk, in the skyline and the factory hall. */
	static final Color WINDOW_LIGHT = new Color(0xffd98a);

	private DrawingKit() {
	}

	static void verticalGradient(Graphics2D g, int y0, int y1, Color top, Color bottom) {
		g.setPaint(new GradientPaint(0, y0, top, 0, y1, bottom));
		g.fillRect(0, y0, W, y1 - y0);
	}

	/**
	 * A cheap soft shadow: nested translucent strokes fading outward. A real blur would need
	 * an extra image and a convolution, far too slow for the budget.
	 */
	static void softShadow(Graphics2D g, Shape shape, double dx, double dy, int spread) {
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

	static Color mix(Color a, Color b, double t) {
		double u = Math.max(0, Math.min(1, t));
		return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
				(int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
				(int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
	}

	static Color alpha(Color c, int alpha) {
		return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(255, alpha)));
	}
}

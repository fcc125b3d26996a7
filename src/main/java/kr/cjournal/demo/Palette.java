package kr.cjournal.demo;

import java.awt.Color;
import java.util.Random;

/** One restrained scheme per picture: dark to light neutrals plus a single accent. */
record Palette(Color ink, Color deep, Color mid, Color soft, Color paper, Color accent) {

	private static final Palette[] PALETTES = {
			palette(0x14213d, 0x1f3a5f, 0x4f6d8a, 0x9fb3c8, 0xeef1f4, 0xe07a2f), // navy, orange
			palette(0x10292e, 0x1d4e57, 0x3d8a8f, 0xa8cfcf, 0xf2f0ea, 0xd9a441), // teal, mustard
			palette(0x2b2725, 0x4a4440, 0x8a817a, 0xcfc7be, 0xf5f1eb, 0xc8553d), // warm grey, brick
			palette(0x1b2430, 0x33475b, 0x6b7f94, 0xbcc8d4, 0xf0f2f5, 0x2a9d8f), // slate, teal
	};

	/** One of the schemes, the picture's first draw from its random numbers. */
	static Palette pick(Random r) {
		return PALETTES[r.nextInt(PALETTES.length)];
	}

	private static Palette palette(int ink, int deep, int mid, int soft, int paper, int accent) {
		return new Palette(new Color(ink), new Color(deep), new Color(mid), new Color(soft), new Color(paper),
				new Color(accent));
	}
}
